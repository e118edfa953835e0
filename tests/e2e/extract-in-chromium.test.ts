/**
 * The extraction engine on the live DOM of real Chromium gives what it gives in Node on
 * the saved page: the same code runs in the content script and in the CLI.
 */
import type { Server } from 'node:http';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract';
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
    entryPoints: ['lib/extract/index.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'BidPrepExtract',
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
    const live = (await page.evaluate(
      ([url, now]) => (window as unknown as { BidPrepExtract: typeof import('../../lib/extract') }).BidPrepExtract.extractPosting(document, url, { now }),
      [e.url, e.now] as const,
    )) as Posting;
    const saved = extractPosting(htmlDocument(fx.html), e.url, { now: e.now });
    const { description: liveText, ...liveFields } = live;
    const { description: savedText, ...savedFields } = saved;
    expect(liveFields).toEqual(savedFields);
    // Readability may keep or drop a short tab label differently on the two DOMs; the body is the same.
    const paragraphs = (text: string) => text.split(/\n+/).filter((p) => p.length >= 40);
    expect(paragraphs(liveText)).toEqual(paragraphs(savedText));
  });
});
