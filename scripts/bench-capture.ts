/**
 * npm run bench:capture
 *
 * On the production build in real headless Chromium:
 * - click-to-shown: from the real toolbar click to the popup showing the posting, over
 *   every fixture page (median, p95; target p95 < 250 ms), with the button pinned to the
 *   toolbar as the user who clicks it has it; also reported unpinned;
 * - side panel first render with 10,000 saved postings (target < 500 ms);
 * - the injected capture script's size (budget 60 KB minified).
 * Exits 1 when a target is missed.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupText } from '../lib/backup/backup-file';
import { fixturePostings, generateLibrary } from './generated-library';
import { sidePanelFirstRender } from './first-render';
import { serveFolder } from '../tests/support/chromium';
import { BUILD_DIR, type LoadedExtension, buildExtension, clickToolbarButton, launchWithExtension } from '../tests/support/extension';
import { FIXTURE_DIR, loadFixtures } from '../tests/support/fixtures';

const LIBRARY_SIZE = 10_000;

/** A library of 10,000 postings in the side panel, put there as a user would: a backup restored. */
async function seedLibrary(ext: LoadedExtension, count: number): Promise<number> {
  const file = join(mkdtempSync(join(tmpdir(), 'bidprep-bench-')), 'library.json');
  writeFileSync(file, backupText({ postings: generateLibrary(fixturePostings(), count), profile: null, settings: null }, new Date()));
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.locator('[data-action="open-settings"]').click();
  await panel.locator('[data-action="restore-file"]').setInputFiles(file);
  await panel.locator('[data-state="restored"]').waitFor({ timeout: 120_000 });
  await panel.close();
  return count;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

/** Click-to-shown over every fixture page, with a user's pause between clicks. */
async function measureClicks(ext: LoadedExtension, origin: string) {
  const latencies: number[] = [];
  /** From the click to the popup document starting: Chromium's share, before any BidPrep code runs. */
  const opening: number[] = [];
  const page = await ext.context.newPage();
  for (let round = 0; round < 2; round++) {
    for (const fx of loadFixtures()) {
      await page.goto(`${origin}/${fx.name}.html`, { waitUntil: 'load' });
      // A user reads before clicking; back-to-back clicks would catch an unpinned button
      // still shown in the toolbar from the previous click.
      await new Promise((r) => setTimeout(r, 1200));
      const clicked = Date.now();
      const popup = await clickToolbarButton(ext, page);
      const { shownAt, origin: popupStart } = await popup.waitFor<{ shownAt: number; origin: number }>(
        `(() => { const m = performance.getEntriesByName('bidprep:shown')[0]; return m && { shownAt: performance.timeOrigin + m.startTime, origin: performance.timeOrigin }; })()`,
      );
      // The first round warms the browser up (first popup, first service-worker start).
      if (round === 1) {
        latencies.push(shownAt - clicked);
        opening.push(popupStart - clicked);
      }
      await popup.close();
    }
  }
  await page.close();
  const ours = latencies.map((l, i) => l - opening[i]);
  return { latencies, opening, ours, at: (p: number) => pct(latencies, p) };
}

buildExtension();
const { server, origin } = await serveFolder(FIXTURE_DIR);
// Unpinned first (reported only): Chromium animates the button into the toolbar before the popup opens.
const unpinnedExt = await launchWithExtension();
const unpinned = await measureClicks(unpinnedExt, origin).finally(() => unpinnedExt.close());
const ext = await launchWithExtension({ pinned: true });
try {
  const { latencies, opening, ours, at } = await measureClicks(ext, origin);

  // A library of 10,000 postings, made from a captured one, written straight into IndexedDB.
  const seeded = await seedLibrary(ext, LIBRARY_SIZE);
  const { ms: firstRender, rowsInDom: renderedRows } = await sidePanelFirstRender(ext);

  const scriptKb = statSync(join(BUILD_DIR, 'capture.js')).size / 1024;
  const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`BidPrep capture benchmark — production build, headless Chromium, ${latencies.length} captures`);
  console.log(`click-to-shown      median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms   target p95 < 250  ${check(at(0.95) < 250)}   (button pinned to the toolbar)`);
  console.log(`  of which Chromium opening the popup (before any BidPrep code): median ${pct(opening, 0.5).toFixed(0)} ms`);
  console.log(`  of which BidPrep (popup start to posting shown): median ${pct(ours, 0.5).toFixed(0)} ms, p95 ${pct(ours, 0.95).toFixed(0)} ms`);
  console.log(`  button not pinned (Chromium first animates it into the toolbar): median ${unpinned.at(0.5).toFixed(0)} ms, p95 ${unpinned.at(0.95).toFixed(0)} ms; opening ${pct(unpinned.opening, 0.5).toFixed(0)} ms, BidPrep ${pct(unpinned.ours, 0.5).toFixed(0)} ms`);
  console.log(`side panel, ${seeded} postings: first render ${firstRender.toFixed(0)} ms after navigation (${renderedRows} rows in the DOM, virtualised)   target < 500  ${check(firstRender < 500)}`);
  console.log(`capture script      ${scriptKb.toFixed(1)} KB minified   budget 60  ${check(scriptKb <= 60)}`);
  if (!(at(0.95) < 250 && firstRender < 500 && scriptKb <= 60)) process.exitCode = 1;
} finally {
  await ext.close();
  server.close();
}
