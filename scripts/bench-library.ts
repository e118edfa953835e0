/**
 * npm run bench:library
 *
 * A library of 10,000 postings, generated from the fixture pages (each read by the engine,
 * then varied: title, client, portal, dates, status, checklist work), measured as the user
 * meets it, on the production build in real headless Chromium:
 * - restore: the backup file chosen in Backup & settings until the "restored" notice, timed in
 *   the page (target < 5 s);
 * - the side panel's first render after that, opened afresh (target < 500 ms);
 * - search: one keystroke in the search box until the list shows the results (target < 50 ms);
 * - backup: the click on "Save a backup" until the download starts (target < 5 s);
 * - the database's size on disk (as the browser reports it);
 * - the same-assignment check the background runs on every capture, against the 10,000
 *   (target < 20 ms).
 * Exits 1 when a target is missed.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { backupText } from '../lib/backup/backup-file';
import { fixturePages, generateLibrary } from './generated-library';
import { buildExtension, clickToolbarButton, launchWithExtension } from '../tests/support/extension';
import { FIXTURE_DIR } from '../tests/support/fixtures';
import { serveFolder } from '../tests/support/chromium';
import { sidePanelFirstRender } from './first-render';

const SIZE = 10_000;

const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const fixtures = fixturePages();
const base = fixtures.map((f) => f.posting);
const library = generateLibrary(base, SIZE);
const text = backupText({ postings: library, profile: null, settings: null }, new Date());
const dir = mkdtempSync(join(tmpdir(), 'bidprep-bench-'));
const file = join(dir, 'bidprep-backup-10000.json');
writeFileSync(file, text);

buildExtension();
const ext = await launchWithExtension();
try {
  let panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.locator('[data-action="open-settings"]').click();
  // Timed in the page, from the file chosen (its change event) to the notice on screen: the
  // harness's own hand-over of the file and its polling add half a second no user waits for
  // (printed beside it).
  await panel.evaluate(`(() => {
    window.__restore = {};
    document.addEventListener('change', () => { window.__restore.chosen ??= performance.now(); }, true);
    new MutationObserver(() => { if (!window.__restore.shown && document.querySelector('[data-state="restored"]')) window.__restore.shown = performance.now(); })
      .observe(document.body, { childList: true, subtree: true });
  })()`);
  let t0 = performance.now();
  await panel.locator('[data-action="restore-file"]').setInputFiles(file);
  await panel.locator('[data-state="restored"]').waitFor({ timeout: 120_000 });
  const harnessMs = performance.now() - t0;
  const restoreMs = await panel.evaluate<number>('window.__restore.shown - window.__restore.chosen');
  const restoreParts = await panel.evaluate<string>(
    `['read', 'plan', 'write'].map((p) => p + ' ' + (performance.getEntriesByName('bidprep:restore-' + p)[0]?.duration / 1000).toFixed(2) + ' s').join(', ')`,
  );

  await panel.close();
  const { ms: firstRender } = await sidePanelFirstRender(ext);
  panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.getByRole('listitem').first().waitFor();
  // Wait for the full list (not the first screen) before typing.
  await new Promise((r) => setTimeout(r, 1500));

  // One keystroke: from the input event to the frame after the list changed.
  const keystrokes: number[] = [];
  for (const [i, term] of ['w', 'wo', 'won', 'zorg', 'utrecht', 'ref-77', 'ict 1'].entries()) {
    const ms = await panel.evaluate<number>(`new Promise((resolve) => {
      const box = document.querySelector('input[type=search]');
      const list = document.querySelector('.list') ?? document.body;
      const start = performance.now();
      const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
      const observer = new MutationObserver(() => { observer.disconnect(); done(); });
      observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      set.call(box, ${JSON.stringify(term)});
      box.dispatchEvent(new Event('input', { bubbles: true }));
      setTimeout(() => { observer.disconnect(); resolve(performance.now() - start); }, 2000);
    })`);
    if (i > 0) keystrokes.push(ms);
  }

  // Captures against the 10,000: the background times its same-assignment check.
  const { server, origin } = await serveFolder(FIXTURE_DIR);
  // One page of each portal layout among the fixtures, and every posting that hides its client
  // (looked up by its rarest title words, the costliest kind): 24 captures or more, so the p95
  // is not just the slowest.
  const layouts = readdirSync(FIXTURE_DIR)
    .filter((d) => statSync(join(FIXTURE_DIR, d)).isDirectory() && !['backups', 'match', 'same-assignment'].includes(d))
    .map((d) => readdirSync(join(FIXTURE_DIR, d)).filter((f) => f.endsWith('.html')).map((f) => `${d}/${f}`)[0])
    .filter((p): p is string => !!p)
    .slice(0, 24);
  const hidingClient = fixtures.filter((f) => f.posting.title && !f.posting.client).map((f) => f.path);
  const pages = [...new Set([...layouts, ...hidingClient])];
  for (const name of pages) {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/${name}`);
    // A user's pause on the page before the click (as in bench:capture): the open side panel
    // has re-read its list after the previous capture, as it has for a user reading the page.
    await new Promise((r) => setTimeout(r, 1200));
    const popup = await clickToolbarButton(ext, page);
    await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`, 20_000);
    await page.close();
  }
  server.close();
  const sw = ext.context.serviceWorkers()[0];
  const dupTimes = await sw.evaluate<number[]>(`performance.getEntriesByName('bidprep:same-assignment').map((e) => e.duration)`);

  await panel.locator('[data-action="back"]').click().catch(() => undefined);
  await panel.locator('[data-action="open-settings"]').click();
  t0 = performance.now();
  const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 120_000 }), panel.locator('[data-action="backup"]').click()]);
  const backupMs = performance.now() - t0;
  const backupBytes = statSync((await download.path())!).size;
  const usage = await panel.evaluate<number>('navigator.storage.estimate().then((e) => e.usage ?? 0)');

  const keyMedian = median(keystrokes);
  const keyMax = Math.max(...keystrokes);
  const dupMedian = median(dupTimes);
  const dupP95 = [...dupTimes].sort((a, b) => a - b)[Math.min(dupTimes.length - 1, Math.floor(dupTimes.length * 0.95))];
  console.log(`BidPrep library benchmark — ${SIZE} postings generated from ${base.length} fixture pages, production build, headless Chromium`);
  console.log(`restore from backup   ${(restoreMs / 1000).toFixed(2)} s (file ${(text.length / 1e6).toFixed(1)} MB: ${restoreParts}; ${(harnessMs / 1000).toFixed(2)} s as the harness sees it)   target < 5 s  ${check(restoreMs < 5000)}`);
  console.log(`side panel            first render ${firstRender.toFixed(0)} ms   target < 500  ${check(firstRender < 500)}`);
  console.log(`search keystroke      median ${keyMedian.toFixed(0)} ms, slowest ${keyMax.toFixed(0)} ms   target < 50  ${check(keyMax < 50)}`);
  console.log(`save a backup         ${(backupMs / 1000).toFixed(2)} s (file ${(backupBytes / 1e6).toFixed(1)} MB)   target < 5 s  ${check(backupMs < 5000)}`);
  console.log(`database on disk      ${(usage / 1e6).toFixed(1)} MB (navigator.storage.estimate)`);
  console.log(`same-assignment check median ${dupMedian.toFixed(1)} ms, p95 ${dupP95.toFixed(1)} ms, slowest ${Math.max(...dupTimes).toFixed(1)} ms (${pages[dupTimes.indexOf(Math.max(...dupTimes))] ?? '?'}) over ${dupTimes.length} captures (in the background, IndexedDB)   target < 20  ${check(dupP95 < 20)}`);
  if (!(restoreMs < 5000 && firstRender < 500 && keyMax < 50 && backupMs < 5000 && dupP95 < 20)) process.exitCode = 1;
} finally {
  await ext.close();
}
