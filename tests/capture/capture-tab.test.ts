import { describe, expect, it, vi } from 'vitest';
import { captureTab } from '../../lib/capture/capture-tab';
import { restrictedReason } from '../../lib/capture/restricted-page';
import { emptyPosting } from '../../lib/extract';
import type { Posting } from '../../lib/posting';

const page: Posting = {
  ...emptyPosting('https://striive.com/opdracht/1', 'striive.com', 'x'),
  title: 'Scrum master',
  rate: { min: 95, max: 109, currency: 'EUR', text: 'tussen €95 en €109' },
  deadline: '2025-11-28T09:00',
  requirements: [{ kind: 'knockout', text: 'PSM II' }],
};
const tab = { id: 7, url: 'https://striive.com/opdracht/1', title: 'Scrum master | Striive' };

describe('capturing the active tab', () => {
  it('runs the capture script in the tab and saves what it read', async () => {
    const save = vi.fn().mockResolvedValue({ id: 'p1', updated: false });
    const runExtractor = vi.fn().mockResolvedValue(page);
    expect(await captureTab(tab, { runExtractor, save })).toEqual({ status: 'saved', id: 'p1', updated: false });
    expect(runExtractor).toHaveBeenCalledWith(7);
    expect(save).toHaveBeenCalledWith(page);
  });

  it('never stores what the content script sent when it is not a valid posting', async () => {
    const save = vi.fn();
    const result = await captureTab(tab, { runExtractor: async () => ({ title: 42 }), save });
    expect(result).toMatchObject({ status: 'failed', problem: 'unreadable' });
    expect(save).not.toHaveBeenCalled();
  });

  it('offers a bare entry when the page has no posting', async () => {
    const bare = { ...emptyPosting('https://example.org/', 'example.org', 'x'), title: 'Welkom' };
    expect(await captureTab(tab, { runExtractor: async () => bare, save: vi.fn() })).toEqual({
      status: 'nothing-found',
      url: 'https://example.org/',
      title: 'Welkom',
    });
  });

  it('explains restricted pages without trying to inject', async () => {
    const runExtractor = vi.fn();
    expect(await captureTab({ id: 1, url: 'chrome://extensions/' }, { runExtractor, save: vi.fn() })).toEqual({ status: 'restricted', reason: 'browser-page' });
    expect(runExtractor).not.toHaveBeenCalled();
    expect(await captureTab(undefined, { runExtractor, save: vi.fn() })).toEqual({ status: 'restricted', reason: 'no-page' });
  });

  it('reports a full disk in plain terms', async () => {
    const quota = Object.assign(new Error('Transaction failed'), { name: 'QuotaExceededError' });
    expect(await captureTab(tab, { runExtractor: async () => page, save: async () => Promise.reject(quota) })).toMatchObject({
      status: 'failed',
      problem: 'quota',
    });
  });

  it('reports a page the browser refuses at injection time as restricted', async () => {
    const refuse = async () => Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission'));
    expect(await captureTab(tab, { runExtractor: refuse, save: vi.fn() })).toEqual({ status: 'restricted', reason: 'browser-page' });
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
