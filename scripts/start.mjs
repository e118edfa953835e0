#!/usr/bin/env node
// npm start: build the extension, serve a demo posting on 127.0.0.1 and open Chromium
// with BidPrep loaded. Without a display it says how to load the build by hand.
// Run through tsx (package.json), for the demo page's dates (demo-dates.ts).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { localDay } from '../lib/parse/date.ts';
import { currentPage } from './demo-dates.ts';

const root = join(import.meta.dirname, '..');
const build = join(root, '.output', 'chrome-mv3');
const demo = join(root, 'tests', 'fixtures', 'bijoranje', 'pmo-naleving-sociaal-domein.html');

console.log('Building BidPrep…');
execFileSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: root, stdio: 'inherit' });

const browser = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';

// A real posting, saved when it was open: its dates moved on, so that it shows as open today.
const demoPage = currentPage(readFileSync(demo, 'utf8'), 'https://www.bijoranje.nl/opdrachten/pmo-naleving-sociaal-domein/', localDay());
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demoPage));
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/opdrachten/pmo-naleving-sociaal-domein`;
  if (!browser || !hasDisplay) {
    console.log(`
BidPrep is built in ${build}
${!browser ? 'No Chromium found (install it: sudo apt-get install chromium, or set CHROMIUM_PATH).' : 'No display found, so no browser window can open here.'}

Load it by hand in Chrome or Chromium:
  1. Open chrome://extensions and switch on "Developer mode".
  2. Click "Load unpacked" and choose ${build}
  3. Open a posting on a portal (a demo posting is served at ${url} while this runs;
     press Ctrl+C to stop) and click the BidPrep button in the toolbar.
`);
    if (!process.stdin.isTTY) server.close();
    return;
  }
  const profile = join(root, '.output', 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  console.log(`Opening Chromium with BidPrep and a demo posting: ${url}\nClick the BidPrep button in the toolbar (pin it from the puzzle-piece menu). Close Chromium to stop.`);
  // Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off.
  const asRoot = process.getuid?.() === 0;
  const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run', '--no-default-browser-check'];
  if (asRoot) args.push('--no-sandbox');
  const child = spawn(browser, [...args, url], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const started = Date.now();
  child.on('exit', (code) => {
    server.close();
    // A browser that quits within seconds did not start; say why instead of ending silently.
    if (code !== 0 && Date.now() - started < 10_000) {
      const reason = stderr.trim().split('\n').filter((l) => /error|fatal|cannot|missing/i.test(l)).slice(-3).join('\n');
      console.error(`Chromium stopped right away (exit code ${code}).${reason ? `\n${reason}` : ''}\nLoad ${build} by hand: chrome://extensions → Developer mode → Load unpacked.`);
      process.exitCode = 1;
    }
  });
});
