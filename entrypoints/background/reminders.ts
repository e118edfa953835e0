/**
 * Deadline reminders and the toolbar badge: browser alarms, notifications and the badge,
 * kept in line with the library by one `refresh()` (lib/reminders/schedule.ts decides
 * what should exist). Called when the browser starts, after every capture, when a page of
 * the extension changed the library, and every hour (a day turning changes the badge).
 */
import { type BidPrepDatabase } from '../../lib/db/database';
import { loadSettings } from '../../lib/db/settings';
import { governingDeadlines } from '../../lib/library/assignment-deadline';
import { badgeCount, parseReminderName, plannedReminders, reconcile } from '../../lib/reminders/schedule';
import { amsterdamDay } from '../../lib/time/amsterdam';
import type { PostingSummary } from '../../lib/library/posting-summary';
import { writeStored, readStored } from '../../components/storage';
import { formatDate } from '../../components/format';
import { t } from '../../components/i18n';

const TICK = 'bidprep-tick';
/** The soonest reminders only: the hourly tick schedules the next ones as time moves on. */
const MAX_ALARMS = 50;
const ICON = '/icon/128.png';
const DAY_MS = 24 * 60 * 60 * 1000;

export function startReminders(db: BidPrepDatabase): { refresh(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  // One refresh at a time; changes during one lead to exactly one more.
  const refresh = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = reconcileNow(db).finally(() => {
      running = null;
      if (again) {
        again = false;
        void refresh();
      }
    });
    return running;
  };

  void browser.alarms.create(TICK, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK) void refresh();
    else if (parseReminderName(alarm.name)) void remind(db, alarm.name).then(refresh);
  });
  // The window in front, known before a notification is clicked: the side panel is asked
  // for within the click itself (its user gesture), before any other answer is awaited.
  let front: number | undefined;
  void browser.windows.getLastFocused({ windowTypes: ['normal'] }).then(
    (w) => (front ??= w.id),
    () => undefined,
  );
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId !== browser.windows.WINDOW_ID_NONE) front = windowId;
  });
  browser.notifications.onClicked.addListener((id) => {
    const parsed = parseReminderName(id);
    if (!parsed) return;
    void openPosting(parsed.postingId, front);
    void browser.notifications.clear(id);
  });
  return { refresh };
}

/**
 * The postings that can still remind or count: those closing from yesterday on (a library of
 * years holds mostly closed ones), and every member of a linked group, whose earliest date
 * governs even when it has passed. The list rows are read whole: a few dozen pages.
 */
async function rows(db: BidPrepDatabase, now: number) {
  const since = amsterdamDay(now - DAY_MS);
  const [all, links] = await Promise.all([db.summaries.toArray(), db.postings.where('assignmentId').above('').toArray()]);
  const linked = new Set(links.map((l) => l.id));
  return governingDeadlines(all.filter((s) => s.deadline >= since || linked.has(s.id)), links);
}

async function reconcileNow(db: BidPrepDatabase): Promise<void> {
  const now = Date.now();
  const [postings, settings, shown] = await Promise.all([rows(db, now), loadSettings(db), readStored('remindersShown')]);
  const wanted = plannedReminders(postings, settings.reminders, now, new Set(shown ?? [])).slice(0, MAX_ALARMS);
  const existing = await browser.alarms.getAll();
  const { clear, create } = reconcile(existing, wanted);
  await Promise.all(clear.map((name) => browser.alarms.clear(name)));
  // A delay from our clock rather than an absolute time: the same in use, and a test clock
  // that moves the worker's time moves the reminders with it.
  await Promise.all(create.map((r) => browser.alarms.create(r.name, { delayInMinutes: Math.max(r.when - now, 0) / 60_000 })));
  // The badge last: once it shows the new count, the reminders are in line too.
  const count = badgeCount(postings, now);
  // Firefox's Manifest V2 build names the toolbar button browserAction.
  const button = browser.action ?? browser.browserAction;
  await button?.setBadgeText({ text: count > 0 ? String(count) : '' });
  await button?.setBadgeBackgroundColor({ color: '#b3261e' });
}

/** Show one reminder, if its posting is still active and still closes then. */
async function remind(db: BidPrepDatabase, name: string): Promise<void> {
  const parsed = parseReminderName(name)!;
  const summary = await db.summaries.get(parsed.postingId);
  const shown = (await readStored('remindersShown')) ?? [];
  // Remember it either way, so the catch-up rule does not plan it again.
  const today = amsterdamDay(Date.now());
  const current = shown.filter((n) => (parseReminderName(n)?.deadline ?? '').slice(0, 10) >= today);
  await writeStored('remindersShown', [...current, name].slice(-500));
  if (!summary) return;
  const text = reminderText(summary, parsed.deadline, Date.now());
  await browser.notifications.create(name, { type: 'basic', iconUrl: ICON, title: text.title, message: text.message, contextMessage: 'BidPrep', priority: 1 });
}

/**
 * The posting in the library: in the side panel of the window in front, opened now where the
 * browser allows it; else in a side panel already open (each open panel shows it); else in
 * a tab of its own.
 */
function openPosting(postingId: string, windowId: number | undefined): Promise<void> {
  const request = () => writeStored('selectedPostingId', postingId);
  // Asked for first, with nothing awaited before it, so that the click's gesture still counts.
  const opening = browser.sidePanel && windowId !== undefined ? browser.sidePanel.open({ windowId }) : Promise.reject(new Error('no side panel'));
  return opening.then(
    // Once the panel is open: it reads the request as it starts, or hears it when running.
    request,
    async () => {
      if (await sidePanelIsOpen()) return request();
      await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html#posting=${encodeURIComponent(postingId)}`) });
    },
  );
}

/** Chromium does not say in which window a side panel is open (its window id reads -1). */
async function sidePanelIsOpen(): Promise<boolean> {
  if (!browser.sidePanel || !browser.runtime.getContexts) return false;
  const open = await browser.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).catch(() => []);
  return open.length > 0;
}

/** "Closes in 3 days: Projectleider Wonen" / "Gemeente Arnhem · closing date 4 September 2026 12:00". */
function reminderText(summary: PostingSummary, deadline: string, now: number): { title: string; message: string } {
  const days = Math.round((Date.parse(deadline.slice(0, 10)) - Date.parse(amsterdamDay(now))) / 86_400_000);
  const time = deadline.slice(11, 16);
  const title =
    days > 1 ? t('reminderInDays', days, summary.title) : days === 1 ? t('reminderTomorrow', summary.title) : time ? t('reminderTodayAt', time, summary.title) : t('reminderToday', summary.title);
  const when = `${formatDate(deadline.slice(0, 10))}${time ? ` ${time}` : ''}`;
  return { title, message: [summary.client, t('reminderClosing', when)].filter(Boolean).join(' · ') };
}
