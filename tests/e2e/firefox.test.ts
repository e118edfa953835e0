/**
 * The Firefox build (MV2, declared popup) in real headless firefox-esr, driven as a user does:
 * Alt+Shift+B on a posting page captures it and the popup shows its facts; the library lists it,
 * also after a reload and in the sidebar; a click on the toolbar button captures it again; a CV
 * pasted in the library shows in the posting and in the popup's go/no-go line; reminders switched
 * on are planned, and on a test clock the badge counts the posting and the reminder shows.
 * Needs /usr/bin/firefox-esr (apt), no network and no browser download (tests/support/firefox.ts).
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveFolder } from '../support/chromium';
import {
  ExtensionView,
  FIREFOX_BUILD_DIR,
  type FirefoxWithExtension,
  type Tab,
  buildFirefoxExtension,
  launchFirefoxWithExtension,
  requireFirefox,
} from '../support/firefox';
import { FIXTURE_DIR } from '../support/fixtures';
import { amsterdamToUtc } from '../../lib/time/amsterdam';

vi.setConfig({ testTimeout: 30_000 });

const POSTING = 'bijoranje/pmo-naleving-sociaal-domein.html';
const TITLE = 'Projectmanagement officer Naleving Sociaal Domein';

let firefox: FirefoxWithExtension;
let server: Server;
let origin: string;
/** The library (sidepanel.html) in a tab behind the posting: opened before any gesture, it also reads the popup. */
let library: Tab;
let popup: ExtensionView;

beforeAll(async () => {
  requireFirefox();
  buildFirefoxExtension();
  ({ server, origin } = await serveFolder(FIXTURE_DIR));
  firefox = await launchFirefoxWithExtension();
  library = await firefox.openExtensionPage('sidepanel.html');
  popup = new ExtensionView(library, 'popup');
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  server?.close();
});

/** How many of the library's rows show `title`, once there is one (rendered from the database). */
const rowsShowing = (view: Tab | ExtensionView, title: string) =>
  view.waitFor<number>(`[...document.querySelectorAll('[role=listitem]')].filter((row) => row.textContent.includes(${JSON.stringify(title)})).length`);

const popupFacts = `Object.fromEntries([...document.querySelectorAll('[data-field]')].map((e) => [e.dataset.field, e.textContent]))`;

/** The postings in the extension's IndexedDB, read straight from it (not through the UI). */
function storedPostings() {
  return library.evaluate<{ title: string | null; requirements: number }[]>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('bidprep');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('postings').objectStore('postings').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result.map((p) => ({ title: p.extracted.title, requirements: p.checklist.length })));
      };
    };
  })`);
}

async function closePopup(): Promise<void> {
  await firefox.press('Escape');
  await library.waitFor(`browser.extension.getViews({ type: 'popup' }).length === 0`, 5_000);
}

describe('capturing in Firefox', () => {
  it('Alt+Shift+B on a posting page saves it and the popup shows its facts', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands._execute_browser_action.suggested_key.default).toBe('Alt+Shift+B');
    // The extension speaks the browser's language; this browser's is English.
    expect(await library.evaluate<string>('browser.i18n.getUILanguage()')).toMatch(/^en/);

    await firefox.firstTab.navigate(`${origin}/${POSTING}`);
    // Where the browser hears its shortcuts (see press() in tests/support/firefox.ts).
    await firefox.focusAddressBar();
    await firefox.press('Alt+Shift+B');
    await popup.waitFor(`!!document.querySelector('[data-state="saved"]')`);
    expect(await popup.evaluate<string>(`document.querySelector('[role=status]').textContent`)).toBe('Saved to your library');
    expect(await popup.evaluate<Record<string, string>>(popupFacts)).toMatchObject({
      title: TITLE,
      rate: 'max € 75 per hour',
      hours: '32 hours per week',
      deadline: '4 September 2025',
      knockouts: '6',
      wishes: '3',
      others: '0',
    });
    // Escape closes the popup, as it does for the user.
    await closePopup();
  });

  it('the library lists the posting, also after a reload and in the sidebar', async () => {
    // The library tab was open during the capture: it shows the new posting without a reload.
    expect(await rowsShowing(library, TITLE)).toBe(1);

    await library.reload();
    expect(await rowsShowing(library, TITLE)).toBe(1);
    // Stored in the extension's IndexedDB, with its requirements.
    expect(await storedPostings()).toEqual([{ title: TITLE, requirements: 9 }]);

    // The same page as Firefox's sidebar.
    await firefox.openSidebar();
    const sidebar = new ExtensionView(library, 'sidebar');
    expect(await rowsShowing(sidebar, TITLE)).toBe(1);
  });

  it('a click on the toolbar button captures the page again and says its facts and requirements are unchanged', async () => {
    await firefox.clickToolbarButton();
    await popup.waitFor(`!!document.querySelector('[data-state="updated"]')`);
    expect(await popup.evaluate<string>(`document.querySelector('[role=status]').textContent`)).toBe('Already in your library — facts and requirements unchanged');
    expect(await popup.evaluate<Record<string, string>>(popupFacts)).toMatchObject({ title: TITLE, knockouts: '6', wishes: '3' });
    await closePopup();
    // Still one posting, in the library and in the database.
    expect(await rowsShowing(library, TITLE)).toBe(1);
    expect(await storedPostings()).toEqual([{ title: TITLE, requirements: 9 }]);
  });
});

describe('my CV in Firefox', () => {
  it('a CV pasted in the library is stored; the posting shows what it evidences, and the popup the go/no-go line', async () => {
    const cv = readFileSync(join(FIXTURE_DIR, 'match', 'cvs', 'pmo-adviseur.txt'), 'utf8');
    await library.evaluate(`document.querySelector('[data-action="open-profile"]').click()`);
    await library.waitFor(`!!document.querySelector('[data-field="cv-text"]')`);
    // Typed as React hears typing: the value through the element's own setter, then an input event.
    await library.evaluate(`(() => {
      const box = document.querySelector('[data-field="cv-text"]');
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(box, ${JSON.stringify(cv)});
      box.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    await library.waitFor(`!document.querySelector('[data-action="save-cv"]').disabled`);
    await library.evaluate(`document.querySelector('[data-action="save-cv"]').click()`);
    expect(await library.waitFor<string>(`document.querySelector('[data-state="cv-ok"]')?.textContent`)).toBe('Saved: 5 roles read from your CV. Check them below.');
    // The roles read from it, listed once the stored CV comes back from the database.
    await library.waitFor(`document.querySelectorAll('.entry').length === 5`);

    await library.evaluate(`document.querySelector('[data-action="back"]').click()`);
    await library.waitFor(`!!document.querySelector('button[data-posting-id]')`);
    await library.evaluate(`document.querySelector('button[data-posting-id]').click()`);
    const hbo = `[...document.querySelectorAll('[data-requirement-id]')].find((i) => i.textContent.includes('Minimaal HBO werk- en denkniveau'))`;
    expect(await library.waitFor<string>(`${hbo}?.querySelector('.suggestion')?.dataset.suggestion`)).toBe('met');
    expect(await library.evaluate<string>(`${hbo}.querySelector('.suggestion li').textContent`)).toBe('HBO Bestuurskunde/Overheidsmanagement, Hogeschool van Amsterdam — bachelor, 2008');

    await firefox.clickToolbarButton();
    await popup.waitFor(`!!document.querySelector('[data-field="go-no-go"].go-no-go')`);
    expect(await popup.evaluate<string>(`document.querySelector('[data-field="go-no-go"]').textContent`)).toMatch(/^Knock-outs: \d evidenced, \d unclear, \d unmet$/);
    await closePopup();
  });
});

describe('reminders and the badge in Firefox', () => {
  /** The background page's clock (MV2: a page this tab can reach) set to `now`, or back to the real one. */
  const setBackgroundClock = (now: number | null) =>
    library.evaluate(`browser.runtime.getBackgroundPage().then((bg) => {
      bg.realNow ??= bg.Date.now;
      bg.Date.now = ${now === null ? 'bg.realNow' : `() => ${now}`};
    })`);
  const reminderNames = () => library.evaluate<string[]>(`browser.alarms.getAll().then((all) => all.map((a) => a.name).filter((n) => n.startsWith('remind|')).sort())`);

  it('switched on in the settings, they are planned; on a test clock the badge counts the posting and the morning reminder shows', async () => {
    // From the posting the previous test left open, back to the list, then Backup & settings.
    await library.evaluate(`document.querySelector('[data-action="back"]')?.click()`);
    await library.waitFor(`!!document.querySelector('[data-action="open-settings"]')`);
    await library.evaluate(`document.querySelector('[data-action="open-settings"]').click()`);
    await library.waitFor(`!!document.querySelector('[data-field="reminders-enabled"]')`);
    await library.evaluate(`document.querySelector('[data-field="reminders-enabled"]').click()`);
    // Stored in the library's settings row.
    expect(
      await library.waitFor<boolean>(`new Promise((resolve) => {
        const open = indexedDB.open('bidprep');
        open.onsuccess = () => {
          const r = open.result.transaction('settings').objectStore('settings').getAll();
          r.onsuccess = () => { open.result.close(); resolve(r.result[0]?.reminders?.enabled === true || null); };
        };
      })`),
    ).toBe(true);
    await library.evaluate(`document.querySelector('[data-action="back"]').click()`);

    // Headless Firefox closes a notification within moments (and tells no other page): the
    // background's calls to show one are recorded on their way to the real API.
    await library.evaluate(`browser.runtime.getBackgroundPage().then((bg) => {
      const notifications = bg.browser.notifications;
      const create = notifications.create.bind(notifications);
      bg.shownNotifications = [];
      notifications.create = (id, options) => (bg.shownNotifications.push(id), create(id, options));
      return notifications.create !== create;
    })`);
    // The posting closes on 4 September 2025: the clock goes to 08:05 that morning in Amsterdam.
    await setBackgroundClock(amsterdamToUtc({ year: 2025, month: 9, day: 4, hour: 8, minute: 5 }));
    await library.evaluate(`browser.runtime.sendMessage({ type: 'library-changed' })`);
    expect(await library.waitFor<string>(`browser.browserAction.getBadgeText({}).then((t) => t || null)`)).toBe('1');
    const shown = await library.waitFor<string[]>(`browser.runtime.getBackgroundPage().then((bg) => (bg.shownNotifications.length ? [...bg.shownNotifications] : null))`);
    expect(shown).toEqual([expect.stringMatching(/^remind\|[^|]+\|morning\|2025-09-04/)]);

    // Two days earlier the reminder of the day before is ahead, as an alarm; the morning's was
    // shown already and is not planned again.
    await setBackgroundClock(amsterdamToUtc({ year: 2025, month: 9, day: 2, hour: 9, minute: 0 }));
    await library.evaluate(`browser.runtime.sendMessage({ type: 'library-changed' })`);
    await library.waitFor(`browser.alarms.getAll().then((all) => all.some((a) => a.name.includes('|d1|')) || null)`);
    expect((await reminderNames()).map((n) => n.split('|')[2])).toEqual(['d1']);

    // On the real clock the closing date has passed: no badge, no reminders (the badge is set
    // last, so once it is empty the reminders are in line).
    await setBackgroundClock(null);
    await library.evaluate(`browser.runtime.sendMessage({ type: 'library-changed' })`);
    await library.waitFor(`browser.browserAction.getBadgeText({}).then((t) => t === '' || null)`);
    expect(await reminderNames()).toEqual([]);
  });
});
