/**
 * Which deadline reminders the library should have right now. Pure: the background turns
 * the result into alarms by diffing names (`reconcile`), so a capture, a status change, a
 * corrected deadline or a deleted posting all come down to "compute again and apply the
 * difference". Every time is Dutch local time, as the portals print it (lib/time/amsterdam).
 *
 * The missed-reminder rule: a reminder whose time has passed is not planned, except that
 * when a posting has no reminder left ahead while its deadline still is, the most recent
 * missed one is planned at `now` (the browser was closed when it was due; the user still
 * gets one warning before the deadline). Pass the names of reminders already shown as
 * `shown`, or that catch-up would be planned again after it fired.
 */
import { z } from 'zod';
import { ACTIVE_STATUSES } from '../library/list-query';
import type { PostingStatus } from '../saved-posting';
import { addDays, amsterdamToUtc, wallClockOf } from '../time/amsterdam';

export const ReminderSettings = z.object({
  /** Opt-in: notifications are the user's choice, not ours. */
  enabled: z.boolean().default(false),
  /** Remind at 09:00 this many days before the closing day. */
  leadDays: z.array(z.number().int().min(1).max(30)).max(10).default([3, 1]),
  /** Remind on the closing day itself (08:00, or 2 hours before an early closing time). */
  morningOf: z.boolean().default(true),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = ReminderSettings.parse({});

export type ReminderLead = { days: number } | 'morning';

export interface PlannedReminder {
  /** `remind|<postingId>|<leadKey>|<deadline>`: the alarm's name (see reminderName). */
  name: string;
  postingId: string;
  /** Epoch ms the reminder should fire. */
  when: number;
  lead: ReminderLead;
  /** The deadline the reminder was planned for, as stored. */
  deadline: string;
}

export interface ReminderPosting {
  id: string;
  deadline: string | null;
  status: PostingStatus;
  title: string | null;
}

const PREFIX = 'remind';
const HOUR = 3_600_000;
const LEAD_TIME = { hour: 9, minute: 0 };
const MORNING_TIME = { hour: 8, minute: 0 };
/** A closing time at or before this leaves no useful morning: remind 2 hours before it instead. */
const EARLY_CLOSING = '10:00';
const BADGE_WINDOW = 3 * 24 * HOUR;

/**
 * When a deadline passes, as epoch ms: its time in Amsterdam, or 23:59 there when only a
 * day is given (portals mean "through that day"). Null when the text is not a real date.
 */
export function deadlineInstant(deadline: string): number | null {
  const w = wallClockOf(deadline, { hour: 23, minute: 59 });
  return w && amsterdamToUtc(w);
}

/**
 * The name carries the deadline, so a moved deadline gives new names: reconcile then clears
 * the old alarms and creates the new ones without the caller comparing anything else.
 */
export function reminderName(postingId: string, lead: ReminderLead, deadline: string): string {
  return [PREFIX, postingId, lead === 'morning' ? 'morning' : `d${lead.days}`, deadline].join('|');
}

/** The parts of a reminder name, or null for a name that is not ours. */
export function parseReminderName(name: string): { postingId: string; lead: ReminderLead; deadline: string } | null {
  const parts = name.split('|');
  if (parts.length < 4 || parts[0] !== PREFIX) return null;
  // Only the id could hold a "|": the lead key and the deadline never do, so read from both ends.
  const deadline = parts[parts.length - 1];
  const key = parts[parts.length - 2];
  const postingId = parts.slice(1, -2).join('|');
  const days = /^d(\d{1,3})$/.exec(key);
  const lead: ReminderLead | null = key === 'morning' ? 'morning' : days ? { days: Number(days[1]) } : null;
  if (!lead || !postingId || deadlineInstant(deadline) === null) return null;
  return { postingId, lead, deadline };
}

/** Every reminder the library should have at `now`, soonest first. */
export function plannedReminders(
  postings: ReadonlyArray<ReminderPosting>,
  settings: ReminderSettings,
  now: number,
  shown: ReadonlySet<string> = new Set(),
): PlannedReminder[] {
  if (!settings.enabled) return [];
  const planned: PlannedReminder[] = [];
  for (const posting of postings) {
    if (!posting.deadline || !ACTIVE_STATUSES.includes(posting.status)) continue;
    const closes = deadlineInstant(posting.deadline);
    if (closes === null || closes <= now) continue;
    const all = candidates(posting.id, posting.deadline, closes, settings);
    const ahead = all.filter((r) => r.when > now && !shown.has(r.name));
    if (ahead.length > 0) {
      planned.push(...ahead);
      continue;
    }
    const missed = all.filter((r) => r.when <= now).at(-1);
    if (missed && !shown.has(missed.name)) planned.push({ ...missed, when: now });
  }
  return planned.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

/** A posting's reminders in time order, past ones included. */
function candidates(postingId: string, deadline: string, closes: number, settings: ReminderSettings): PlannedReminder[] {
  const day = deadline.slice(0, 10);
  const list: PlannedReminder[] = [];
  for (const days of new Set(settings.leadDays)) {
    const w = wallClockOf(addDays(day, -days), LEAD_TIME);
    if (w) list.push(reminder(postingId, { days }, deadline, amsterdamToUtc(w)));
  }
  if (settings.morningOf) {
    const time = deadline.slice(11, 16);
    const morning = wallClockOf(day, MORNING_TIME);
    const when = time && time <= EARLY_CLOSING ? closes - 2 * HOUR : morning && amsterdamToUtc(morning);
    if (when !== null) list.push(reminder(postingId, 'morning', deadline, when));
  }
  return list.sort((a, b) => a.when - b.when);
}

function reminder(postingId: string, lead: ReminderLead, deadline: string, when: number): PlannedReminder {
  return { name: reminderName(postingId, lead, deadline), postingId, when, lead, deadline };
}

/**
 * What to change so the alarms match `wanted`: clear our alarms that are no longer wanted,
 * create the wanted ones that do not exist yet, and create again the ones set for another
 * time (a missed reminder caught up now keeps its name). Names not starting with `remind|`
 * belong to someone else and are left alone.
 */
export function reconcile(existing: ReadonlyArray<string | { name: string; scheduledTime: number }>, wanted: PlannedReminder[]): { clear: string[]; create: PlannedReminder[] } {
  const wantedNames = new Set(wanted.map((r) => r.name));
  const have = new Map(existing.map((e) => (typeof e === 'string' ? [e, null] : [e.name, e.scheduledTime])));
  const clear = [...have.keys()].filter((name) => name.startsWith(`${PREFIX}|`) && !wantedNames.has(name));
  const create: PlannedReminder[] = [];
  for (const r of wanted) {
    const at = have.get(r.name);
    if (at === null || (at !== undefined && Math.abs(at - r.when) < RESCHEDULE_SLACK)) continue;
    have.set(r.name, r.when);
    create.push(r);
  }
  return { clear, create };
}

/** Browsers fire alarms up to a minute late; a smaller difference is no reason to reschedule. */
const RESCHEDULE_SLACK = 60_000;

/**
 * How many active postings close within three days of `now` (deadline instant between now
 * and now + 72 hours; a date-only deadline is open until 23:59 Amsterdam time that day).
 */
export function badgeCount(postings: ReadonlyArray<Pick<ReminderPosting, 'deadline' | 'status'>>, now: number): number {
  return postings.filter((p) => {
    if (!p.deadline || !ACTIVE_STATUSES.includes(p.status)) return false;
    const closes = deadlineInstant(p.deadline);
    return closes !== null && closes >= now && closes <= now + BADGE_WINDOW;
  }).length;
}
