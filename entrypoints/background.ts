// Wiring only: browser events in, lib/ functions out.
import { captureTab } from '../lib/capture/capture-tab';
import { BidPrepDatabase } from '../lib/db/database';
import { saveBareEntry, saveCapture } from '../lib/db/postings';
import { storageProblem } from '../lib/db/storage-error';
import { type CaptureResult, Request } from '../lib/messages';
import { localDay } from '../lib/parse/date';

const db = new BidPrepDatabase();
const ctx = () => ({ at: new Date().toISOString(), newId: () => crypto.randomUUID() });
const MENU_ID = 'bidprep-capture';

async function captureActiveTab(): Promise<CaptureResult> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return captureTab(tab, {
    readPage: async (tabId) => {
      const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/capture.js'] });
      return injection?.result;
    },
    today: localDay,
    save: (posting) => saveCapture(db, posting, ctx()),
  });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuCapture'), contexts: ['page', 'selection', 'link'] });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // The menu click is a user gesture: open the side panel first, while it still counts.
    const panel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
    const opening = panel?.open({ tabId: tab.id }).catch(() => undefined);
    const result = await captureActiveTab();
    await browser.storage.session.set({ lastCapture: result });
    await opening;
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = Request.safeParse(message);
    if (!request.success) return undefined;
    if (request.data.type === 'capture-active-tab') return captureActiveTab();
    const { url, title } = request.data;
    return saveBareEntry(db, url, title, ctx()).then(
      ({ id, updated, posting }): CaptureResult => ({ status: 'saved', id, updated, posting }),
      (e): CaptureResult => ({ status: 'failed', problem: storageProblem(e), detail: String(e?.message ?? e) }),
    );
  });
});
