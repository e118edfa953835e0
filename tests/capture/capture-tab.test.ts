import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { captureTab } from '../../lib/capture/capture-tab';
import { restrictedReason } from '../../lib/capture/restricted-page';
import { extractPosting, readPage } from '../../lib/extract';
import { htmlDocument } from '../../lib/node/html-document';
import { FIXTURE_DIR } from '../support/fixtures';

const url = 'https://striive.com/opdracht/scrum-master-rijkswaterstaat';
const html = readFileSync(join(FIXTURE_DIR, 'striive', 'scrum-master-rijkswaterstaat.html'), 'utf8');
/** What the capture script returns, after the trip through the injection result (JSON). */
const reading = JSON.parse(JSON.stringify(readPage(htmlDocument(html), url))) as unknown;
const today = () => '2025-11-20';
const tab = { id: 7, url, title: 'Scrum master | Striive' };

describe('capturing the active tab', () => {
  it('reads the page in the tab, understands it in the extension and saves the posting', async () => {
    const save = vi.fn().mockResolvedValue({ id: 'p1', updated: false });
    const readInTab = vi.fn().mockResolvedValue(reading);
    expect(await captureTab(tab, { readPage: readInTab, today, save })).toEqual({ status: 'saved', id: 'p1', updated: false });
    expect(readInTab).toHaveBeenCalledWith(7);
    // The two halves across the injection give exactly what the one-piece extractor gives.
    const whole = extractPosting(htmlDocument(html), url, { now: today() });
    expect(save).toHaveBeenCalledWith(whole);
    expect(whole.rate).toMatchObject({ min: 95, max: 109 });
  });

  it('counts relative dates from the day of the capture', async () => {
    const page = htmlDocument('<html><head><title>PMO</title></head><body><h1>PMO</h1><p>Sluit over 9 dagen</p><h2>Eisen</h2><ul><li>HBO</li></ul></body></html>');
    const save = vi.fn().mockResolvedValue({ id: 'p1', updated: false });
    await captureTab(tab, { readPage: async () => readPage(page, url), today: () => '2026-11-23', save });
    expect(save.mock.calls[0][0].deadline).toBe('2026-12-02');
  });

  it('never stores what the capture script sent when it is not a page reading', async () => {
    const save = vi.fn();
    for (const sent of [{ title: 42 }, null, 'html', { ...(reading as object), lines: [{ text: 1 }] }]) {
      const result = await captureTab(tab, { readPage: async () => sent, today, save });
      expect(result).toMatchObject({ status: 'failed', problem: 'unreadable' });
    }
    expect(save).not.toHaveBeenCalled();
  });

  it('offers a bare entry when the page has no posting', async () => {
    const welcome = htmlDocument('<html><head><title>Welkom</title></head><body><h1>Welkom</h1><p>Fijn dat u er bent.</p></body></html>');
    expect(await captureTab(tab, { readPage: async () => readPage(welcome, 'https://example.org/'), today, save: vi.fn() })).toEqual({
      status: 'nothing-found',
      url: 'https://example.org/',
      title: 'Welkom',
    });
  });

  it('explains restricted pages without trying to inject', async () => {
    const readInTab = vi.fn();
    expect(await captureTab({ id: 1, url: 'chrome://extensions/' }, { readPage: readInTab, today, save: vi.fn() })).toEqual({ status: 'restricted', reason: 'browser-page' });
    expect(readInTab).not.toHaveBeenCalled();
    expect(await captureTab(undefined, { readPage: readInTab, today, save: vi.fn() })).toEqual({ status: 'restricted', reason: 'no-page' });
    // The new-tab page and chrome:// pages: the click gives no address at all.
    expect(await captureTab({ id: 7 }, { readPage: readInTab, today, save: vi.fn() })).toEqual({ status: 'restricted', reason: 'browser-page' });
  });

  it('reports a full disk in plain terms', async () => {
    const quota = Object.assign(new Error('Transaction failed'), { name: 'QuotaExceededError' });
    expect(await captureTab(tab, { readPage: async () => reading, today, save: async () => Promise.reject(quota) })).toMatchObject({
      status: 'failed',
      problem: 'quota',
    });
  });

  it('reports a page the browser refuses at injection time as restricted', async () => {
    const refuse = async () => Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission'));
    expect(await captureTab(tab, { readPage: refuse, today, save: vi.fn() })).toEqual({ status: 'restricted', reason: 'browser-page' });
  });
});

describe('restricted pages', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/detail/x', 'web-store'],
    ['file:///home/me/opdracht.html', 'local-file'],
    [undefined, 'no-page'],
    ['https://www.striive.com/opdracht/1', null],
  ])('%s → %s', (url, reason) => expect(restrictedReason(url)).toBe(reason));
});
