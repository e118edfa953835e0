/**
 * npm run icons: draws the toolbar and store icons (public/icon/{16,32,48,128}.png and the
 * grey "cannot read this page" set) from assets/icon.svg and assets/icon-disabled.svg,
 * rendered by the real Chromium at each size. Run after changing the SVGs; the PNGs are
 * committed, so a build needs no browser.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';

const ROOT = join(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [svg, dir] of [['icon.svg', 'icon'], ['icon-disabled.svg', 'icon-disabled']] as const) {
  mkdirSync(join(ROOT, 'public', dir), { recursive: true });
  const source = readFileSync(join(ROOT, 'assets', svg), 'utf8');
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: join(ROOT, 'public', dir, `${size}.png`), omitBackground: true });
  }
}
await browser.close();
console.log(`icons written: public/icon/ and public/icon-disabled/, sizes ${SIZES.join(', ')}`);
