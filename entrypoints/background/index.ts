// Wiring only: browser events in, lib/ functions out.
import { type CaptureTab, captureTab } from '../../lib/capture/capture-tab';
import { BidPrepDatabase } from '../../lib/db/database';
import { saveBareEntry, saveCapture } from '../../lib/db/postings';
import { linkSameAssignment, twinsOfCapture, warmSameAssignment } from '../../lib/db/same-assignment';
import { storageProblem } from '../../lib/db/storage-error';
import { type CaptureResult, Request } from '../../lib/messages';
import { localDay } from '../../lib/parse/date';
import type { StoredValue } from '../../lib/storage-keys';
import { startReminders } from './reminders';

const db = new BidPrepDatabase();
const ctx = () => ({ at: new Date().toISOString(), newId: () => crypto.randomUUID() });
const MENU_ID = 'bidprep-capture';
const GREY_ICON = { 16: '/icon-disabled/16.png', 32: '/icon-disabled/32.png', 48: '/icon-disabled/48.png', 128: '/icon-disabled/128.png' };

/** A tab whose page no extension may read gets the grey toolbar icon (until it navigates). */
function markUnreadable(result: CaptureResult, tabId: number | undefined): CaptureResult {
  if (result.status === 'restricted' && tabId !== undefined) void browser.action?.setIcon({ tabId, path: GREY_ICON }).catch(() => undefined);
  return result;
}

/** Reminders and the badge (started with the worker). */
let reminders: ReturnType<typeof startReminders> | undefined;

/** The capture a toolbar click started, until the popup that click opened collects it. */
let fromClick: Promise<CaptureResult> | undefined;

async function captureActiveTab(clicked?: CaptureTab): Promise<CaptureResult> {
  const [tab] = clicked ? [clicked] : await browser.tabs.query({ active: true, currentWindow: true });
  return captureTab(tab, {
    readPage: async (tabId) => {
      const inject = () => browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
      // Straight after a click, Chromium sometimes has not yet given the page the activeTab
      // grant ("Cannot access contents of the page"): one more try a moment later.
      const [injection] = await inject().catch(async (e) => {
        if (!clicked || !/cannot access contents/i.test(String(e?.message))) throw e;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return inject();
      });
      return injection?.result;
    },
    today: localDay,
    // The same assignment already saved from another portal is linked at once.
    save: async (posting) => {
      const started = performance.now();
      const twins = await twinsOfCapture(db, posting).catch((): string[] => []);
      // Read by npm run bench:library.
      performance.measure('bidprep:same-assignment', { start: started });
      const stored = await saveCapture(db, posting, ctx());
      const linked = await linkSameAssignment(db, stored.posting, twins).catch(() => stored.posting);
      void reminders?.refresh();
      return { ...stored, posting: linked };
    },
  });
}

export default defineBackground(() => {
  reminders = startReminders(db);
  // Alarms may not survive a browser restart: schedule again whenever the worker starts.
  void reminders?.refresh();
  browser.runtime.onStartup.addListener(() => void reminders?.refresh());
  // The first capture should not pay for compiling the title vocabulary.
  setTimeout(warmSameAssignment, 0);
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuCapture'), contexts: ['page', 'selection', 'link'] });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // The menu click is a user gesture: open the side panel first, while it still counts.
    const opening = browser.sidePanel?.open({ tabId: tab.id }).catch(() => undefined);
    const result = await captureActiveTab();
    await browser.storage.session.set({ lastCapture: result } satisfies { lastCapture: StoredValue<'lastCapture'> });
    await opening;
  });

  // Chromium (no default_popup, see wxt.config.ts): read the page while the popup opens,
  // rather than after the popup has loaded and asked. Firefox keeps its declared popup.
  browser.action?.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const tabId = tab.id;
    browser.action
      .setPopup({ tabId, popup: 'popup.html' })
      .then(() => browser.action.openPopup({ windowId: tab.windowId }))
      .then(
        () => browser.action.setPopup({ tabId, popup: '' }),
        () => {
          // Chromium refuses openPopup for a window it does not count as focused. The capture
          // below is saved all the same; the popup stays declared for this tab, so the next
          // click opens it the ordinary way instead of doing nothing again.
          fromClick = undefined;
        },
      );
    fromClick = captureActiveTab(tab).then((result) => markUnreadable(result, tabId));
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = Request.safeParse(message);
    if (!request.success) return undefined;
    if (request.data.type === 'library-changed') {
      void reminders?.refresh();
      return undefined;
    }
    if (request.data.type === 'capture-active-tab') {
      // The popup's first question collects the capture its click started, if there is one.
      const started = fromClick;
      fromClick = undefined;
      return started ?? captureActiveTab();
    }
    const { url, title } = request.data;
    return saveBareEntry(db, url, title, ctx()).finally(() => void reminders?.refresh()).then(
      ({ id, updated, posting }): CaptureResult => ({ status: 'saved', id, updated, posting }),
      (e): CaptureResult => ({ status: 'failed', problem: storageProblem(e), detail: String(e?.message ?? e) }),
    );
  });
});
