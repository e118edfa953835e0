// Times are Dutch local time whatever the machine's zone; check with
//   TZ=America/New_York npx vitest run tests/reminders
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  ReminderSettings,
  badgeCount,
  deadlineInstant,
  parseReminderName,
  plannedReminders,
  reconcile,
  reminderName,
  type ReminderPosting,
} from '../../lib/reminders/schedule';
import type { PostingStatus } from '../../lib/saved-posting';

const at = (iso: string) => Date.parse(iso);
const on = ReminderSettings.parse({ enabled: true });
const posting = (id: string, deadline: string | null, status: PostingStatus = 'new'): ReminderPosting => ({ id, deadline, status, title: `Opdracht ${id}` });
/** The plan as readable rows: lead key and UTC time. */
const rows = (postings: ReminderPosting[], now: number, settings = on, shown?: Set<string>) =>
  plannedReminders(postings, settings, now, shown).map((r) => `${r.postingId} ${typeof r.lead === 'string' ? r.lead : `d${r.lead.days}`} ${new Date(r.when).toISOString()}`);

describe('reminder settings', () => {
  it('are off until the user turns them on, with 3 and 1 days ahead and the closing morning', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({ enabled: false, leadDays: [3, 1], morningOf: true });
  });
  it('reject lead days that are not whole days ahead', () => {
    expect(ReminderSettings.safeParse({ leadDays: [0] }).success).toBe(false);
    expect(ReminderSettings.safeParse({ leadDays: [1.5] }).success).toBe(false);
  });
  it('plan nothing while reminders are off', () => {
    expect(plannedReminders([posting('a', '2025-06-20')], DEFAULT_REMINDER_SETTINGS, at('2025-06-01T10:00:00Z'))).toEqual([]);
  });
});

describe('planned reminders', () => {
  const now = at('2025-06-01T10:00:00Z');

  it('fire at 09:00 Dutch time N days before and at 08:00 on the closing day', () => {
    // June: summer time, UTC+2.
    expect(rows([posting('a', '2025-06-20')], now)).toEqual([
      'a d3 2025-06-17T07:00:00.000Z',
      'a d1 2025-06-19T07:00:00.000Z',
      'a morning 2025-06-20T06:00:00.000Z',
    ]);
  });

  it('use winter time (UTC+1) in winter', () => {
    expect(rows([posting('a', '2026-01-15T12:00')], at('2026-01-01T00:00:00Z'))).toEqual([
      'a d3 2026-01-12T08:00:00.000Z',
      'a d1 2026-01-14T08:00:00.000Z',
      'a morning 2026-01-15T07:00:00.000Z',
    ]);
  });

  it('remind 2 hours before a closing time at or before 10:00 instead of at 08:00', () => {
    const morning = (deadline: string) => rows([posting('a', deadline)], now, { ...on, leadDays: [] });
    expect(morning('2025-06-20T09:00')).toEqual(['a morning 2025-06-20T05:00:00.000Z']); // 07:00 Dutch
    expect(morning('2025-06-20T10:00')).toEqual(['a morning 2025-06-20T06:00:00.000Z']); // 08:00 Dutch
    expect(morning('2025-06-20T10:01')).toEqual(['a morning 2025-06-20T06:00:00.000Z']); // 08:00 Dutch
    expect(morning('2025-06-20T00:30')).toEqual(['a morning 2025-06-19T20:30:00.000Z']); // 22:30 Dutch, the evening before
  });

  it('count lead days on the calendar across the October change: 3 days before a Monday lands in summer time', () => {
    // Clocks go back on Sunday 26 October 2025; the deadline is Monday 27 October.
    const plan = plannedReminders([posting('a', '2025-10-27T12:00')], on, at('2025-10-01T00:00:00Z'));
    expect(plan.map((r) => new Date(r.when).toISOString())).toEqual([
      '2025-10-24T07:00:00.000Z', // Friday 09:00 summer time (UTC+2), before the change
      '2025-10-26T08:00:00.000Z', // Sunday 09:00 winter time (UTC+1), after it
      '2025-10-27T07:00:00.000Z', // Monday 08:00 winter time
    ]);
  });

  it('count lead days across the March change the same way', () => {
    // Clocks go forward on Sunday 30 March 2025.
    expect(rows([posting('a', '2025-03-31')], at('2025-03-01T00:00:00Z'))).toEqual([
      'a d3 2025-03-28T08:00:00.000Z',
      'a d1 2025-03-30T07:00:00.000Z',
      'a morning 2025-03-31T06:00:00.000Z',
    ]);
  });

  it('do not depend on the order of the lead days or repeat a doubled one', () => {
    expect(rows([posting('a', '2025-06-20')], now, { ...on, leadDays: [1, 3, 1], morningOf: false })).toEqual([
      'a d3 2025-06-17T07:00:00.000Z',
      'a d1 2025-06-19T07:00:00.000Z',
    ]);
  });

  it('are only planned for new, interested and bidding postings', () => {
    const statuses: PostingStatus[] = ['new', 'interested', 'bidding', 'submitted', 'won', 'lost', 'dropped'];
    const plan = plannedReminders(statuses.map((s) => posting(s, '2025-06-20', s)), on, now);
    expect([...new Set(plan.map((r) => r.postingId))].sort()).toEqual(['bidding', 'interested', 'new']);
  });

  it('skip postings without a deadline, with a passed deadline or an impossible date', () => {
    expect(plannedReminders([posting('none', null), posting('past', '2025-05-31'), posting('bad', '2025-02-30')], on, now)).toEqual([]);
  });

  it('come soonest first over the whole library', () => {
    expect(rows([posting('late', '2025-06-30'), posting('soon', '2025-06-10')], now, { ...on, leadDays: [1], morningOf: false })).toEqual([
      'soon d1 2025-06-09T07:00:00.000Z',
      'late d1 2025-06-29T07:00:00.000Z',
    ]);
  });
});

describe('missed reminders', () => {
  it('are dropped while a later reminder for the posting is still ahead', () => {
    // Wednesday 12:00: the 3-day reminder (Tuesday) passed, the 1-day one (Thursday) is ahead.
    expect(rows([posting('a', '2025-06-20')], at('2025-06-18T10:00:00Z'))).toEqual([
      'a d1 2025-06-19T07:00:00.000Z',
      'a morning 2025-06-20T06:00:00.000Z',
    ]);
  });

  it('give one warning now when none is left ahead but the deadline is (the browser was closed)', () => {
    // Closing day, 14:00 Dutch time; deadline at 23:59 that day: only the latest missed one, now.
    const now = at('2025-06-20T12:00:00Z');
    expect(rows([posting('a', '2025-06-20')], now)).toEqual(['a morning 2025-06-20T12:00:00.000Z']);
    // With only lead days set, it is the 1-day reminder that is given late.
    expect(rows([posting('a', '2025-06-20')], now, { ...on, morningOf: false })).toEqual(['a d1 2025-06-20T12:00:00.000Z']);
  });

  it('are not given again once shown', () => {
    const now = at('2025-06-20T12:00:00Z');
    const [catchUp] = plannedReminders([posting('a', '2025-06-20')], on, now);
    expect(plannedReminders([posting('a', '2025-06-20')], on, now + 60_000, new Set([catchUp.name]))).toEqual([]);
  });

  it('are not given when the deadline has passed', () => {
    expect(plannedReminders([posting('a', '2025-06-20T12:00')], on, at('2025-06-20T10:00:01Z'))).toEqual([]);
  });
});

describe('reminder names', () => {
  it('round-trip through parseReminderName', () => {
    const name = reminderName('9f1c-42', { days: 3 }, '2025-10-27T09:00');
    expect(name).toBe('remind|9f1c-42|d3|2025-10-27T09:00');
    expect(parseReminderName(name)).toEqual({ postingId: '9f1c-42', lead: { days: 3 }, deadline: '2025-10-27T09:00' });
    expect(parseReminderName('remind|a|morning|2025-10-27')).toEqual({ postingId: 'a', lead: 'morning', deadline: '2025-10-27' });
  });
  it('survive a "|" in the posting id', () => {
    expect(parseReminderName(reminderName('odd|id', 'morning', '2025-10-27'))?.postingId).toBe('odd|id');
  });
  it.each(['backup|daily', 'remind|a|soon|2025-10-27', 'remind|a|d3|later', 'remind||d3|2025-10-27', 'remind|a|d3'])('reject %j', (name) => {
    expect(parseReminderName(name)).toBeNull();
  });
});

describe('reconcile', () => {
  const now = at('2025-06-01T10:00:00Z');
  const names = (postings: ReminderPosting[]) => plannedReminders(postings, on, now).map((r) => r.name);

  it('creates what is missing, keeps what exists and leaves other alarms alone', () => {
    const wanted = plannedReminders([posting('a', '2025-06-20')], on, now);
    const existing = [wanted[0].name, 'backup|weekly', 'remind|gone|d1|2025-06-10'];
    const { clear, create } = reconcile(existing, wanted);
    expect(clear).toEqual(['remind|gone|d1|2025-06-10']);
    expect(create.map((r) => r.name)).toEqual(wanted.slice(1).map((r) => r.name));
  });

  it('replaces every alarm of a posting whose deadline moved', () => {
    const before = names([posting('a', '2025-06-20')]);
    const moved = plannedReminders([posting('a', '2025-06-27T12:00')], on, now);
    const { clear, create } = reconcile(before, moved);
    expect(clear.sort()).toEqual([...before].sort());
    expect(create).toEqual(moved);
    expect(create.every((r) => r.deadline === '2025-06-27T12:00')).toBe(true);
  });

  it('clears the alarms of a posting that was won, dropped, submitted or deleted in between', () => {
    const library = [posting('won', '2025-06-20'), posting('dropped', '2025-06-21'), posting('sent', '2025-06-22'), posting('deleted', '2025-06-23'), posting('kept', '2025-06-24')];
    const existing = names(library);
    const later = [posting('won', '2025-06-20', 'won'), posting('dropped', '2025-06-21', 'dropped'), posting('sent', '2025-06-22', 'submitted'), posting('kept', '2025-06-24')];
    const { clear, create } = reconcile(existing, plannedReminders(later, on, now));
    expect(create).toEqual([]);
    expect(new Set(clear.map((n) => parseReminderName(n)?.postingId))).toEqual(new Set(['won', 'dropped', 'sent', 'deleted']));
  });

  it('clears everything of ours when reminders are turned off', () => {
    const existing = [...names([posting('a', '2025-06-20')]), 'other'];
    expect(reconcile(existing, plannedReminders([posting('a', '2025-06-20')], DEFAULT_REMINDER_SETTINGS, now)).clear).toHaveLength(3);
  });

  it('does nothing when nothing changed', () => {
    const wanted = plannedReminders([posting('a', '2025-06-20')], on, now);
    expect(reconcile(wanted.map((r) => r.name), wanted)).toEqual({ clear: [], create: [] });
    // Alarms as the browser lists them, a few seconds off: still nothing to do.
    expect(reconcile(wanted.map((r) => ({ name: r.name, scheduledTime: r.when + 5_000 })), wanted)).toEqual({ clear: [], create: [] });
  });

  it('sets again an alarm of the same name that is set for another time (a missed reminder caught up now)', () => {
    const closing = posting('a', '2025-06-20T12:00');
    const existing = plannedReminders([closing], on, now).map((r) => ({ name: r.name, scheduledTime: r.when }));
    const morning = existing.find((e) => e.name.includes('|morning|'))!;
    const late = morning.scheduledTime + 30 * 60_000;
    const { clear, create } = reconcile(existing, plannedReminders([closing], on, late));
    expect(create.map((r) => [r.name, r.when])).toEqual([[morning.name, late]]);
    expect(clear.length).toBe(existing.length - 1);
  });
});

describe('deadline instant', () => {
  it('is the given Dutch time, or 23:59 Dutch time for a day alone', () => {
    expect(deadlineInstant('2025-06-20T12:00')).toBe(at('2025-06-20T10:00:00Z'));
    expect(deadlineInstant('2025-06-20')).toBe(at('2025-06-20T21:59:00Z'));
    expect(deadlineInstant('2025-12-20')).toBe(at('2025-12-20T22:59:00Z'));
    expect(deadlineInstant('not a date')).toBeNull();
  });
});

describe('badge count', () => {
  const now = at('2025-06-01T10:00:00Z'); // 12:00 Dutch time

  it('counts active postings closing within three days', () => {
    const library = [
      posting('today', '2025-06-01'),
      posting('in-72h', '2025-06-04T12:00'),
      posting('just-after', '2025-06-04T12:01'),
      posting('day-3', '2025-06-04'), // closes 23:59 on the 4th: past the 72 hours
      posting('next-week', '2025-06-08'),
      posting('none', null),
    ];
    expect(badgeCount(library, now)).toBe(2);
  });

  it('counts a day-only deadline until 23:59 Dutch time that day', () => {
    expect(badgeCount([posting('a', '2025-06-01')], at('2025-06-01T21:59:00Z'))).toBe(1);
    expect(badgeCount([posting('a', '2025-06-01')], at('2025-06-01T21:59:00.001Z'))).toBe(0);
  });

  it('does not count a time that has passed or a posting no longer in play', () => {
    expect(badgeCount([posting('a', '2025-06-01T11:59')], now)).toBe(0);
    expect(badgeCount([posting('a', '2025-06-01T12:00')], now)).toBe(1);
    expect(badgeCount([posting('a', '2025-06-02', 'submitted'), posting('b', '2025-06-02', 'lost')], now)).toBe(0);
  });
});
