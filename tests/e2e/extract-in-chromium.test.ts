/**
 * The extraction engine on the live DOM of real Chromium gives what it gives in Node on
 * the saved page. As in the extension, the page is read in the tab (read-page.ts, the
 * capture script's half), crosses to Node as plain data, and is understood there.
 */
import type { Server } from 'node:http';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPosting, postingFromPage } from '../../lib/extract';
import { PageReading } from '../../lib/extract/page-reading';
import { htmlDocument } from '../../lib/node/html-document';
import { type Posting } from '../../lib/posting';
import { launchChromium, serveFolder } from '../support/chromium';
import { FIXTURE_DIR, loadFixtures } from '../support/fixtures';

const fixtures = loadFixtures().filter((f) => f.expected);
let browser: Browser;
let page: Page;
let server: Server;
let origin: string;
let bundle: string;

beforeAll(async () => {
  const out = await build({
    entryPoints: ['lib/extract/read-page.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'BidPrepRead',
    platform: 'browser',
    write: false,
    minify: true,
  });
  bundle = out.outputFiles[0].text;
  ({ server, origin } = await serveFolder(FIXTURE_DIR));
  browser = await launchChromium();
  page = await browser.newPage();
  // Offline: only the fixture server answers; the pages' analytics and fonts are refused.
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
}, 30_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('extraction in real Chromium', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s reads the same as in Node', async (_name, fx) => {
    const e = fx.expected!;
    await page.goto(`${origin}/${fx.name}.html`, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    const reading = await page.evaluate(
      (url) => (window as unknown as { BidPrepRead: typeof import('../../lib/extract/read-page') }).BidPrepRead.readPage(document, url),
      e.url,
    );
    const live: Posting = postingFromPage(PageReading.parse(reading), { now: e.now });
    const saved = extractPosting(htmlDocument(fx.html), e.url, { now: e.now });
    const { description: liveText, ...liveFields } = live;
    const { description: savedText, ...savedFields } = saved;
    expect(liveFields).toEqual(savedFields);
    // Readability may keep or drop a short tab label differently on the two DOMs; the body is the same.
    const paragraphs = (text: string) => text.split(/\n+/).filter((p) => p.length >= 40);
    expect(paragraphs(liveText)).toEqual(paragraphs(savedText));
  });
});
