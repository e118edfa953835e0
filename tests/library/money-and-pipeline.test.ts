/** Contract value, net rate and fit flags; status history with the offered rate; the overview; linked deadlines. */
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../lib/cv/cv';
import { emptyPosting } from '../../lib/extract';
import { earlierInGroup, governingDeadlines } from '../../lib/library/assignment-deadline';
import { fitFlags, moneyOf } from '../../lib/library/money';
import { overviewOf } from '../../lib/library/overview';
import { savedFromCapture } from '../../lib/library/saved-from-capture';
import { offeredRateOf, withOfferedRate, withStatus } from '../../lib/library/status-change';
import type { Posting } from '../../lib/posting';
import { SavedPosting } from '../../lib/saved-posting';
import { marginFor } from '../../lib/settings';

const rate = (max: number | null, min: number | null = null) => ({ min, max, currency: 'EUR' as const, text: '' });
const hours = (n: number) => ({ min: n, max: n, text: '' });

function posting(over: Partial<Posting> = {}): Posting {
  return { ...emptyPosting('https://striive.com/o/1', 'striive.com', { code: 'no-hours' }), title: 'Projectleider', ...over };
}

describe('what an assignment is worth', () => {
  it('multiplies the rate cap, the hours and the weeks of the duration', () => {
    const m = moneyOf(posting({ rate: rate(120), hoursPerWeek: hours(36), durationMonths: 6 }), 0);
    expect(m).toMatchObject({ rate: 120, weeks: 26, contractValue: 120 * 36 * 26, netRate: 120, netContractValue: 120 * 36 * 26 });
  });

  it('takes the weeks from the start and end dates when no duration is given', () => {
    const m = moneyOf(posting({ rate: rate(100), hoursPerWeek: hours(32), startDate: '2026-01-05', endDate: '2026-03-29' }), 0);
    expect(m.weeks).toBe(12);
    expect(m.contractValue).toBe(100 * 32 * 12);
  });

  it('leaves the value unknown when a part is missing, and uses the only amount of "vanaf 80"', () => {
    expect(moneyOf(posting({ rate: rate(120), durationMonths: 6 }), 0).contractValue).toBeNull();
    expect(moneyOf(posting({ hoursPerWeek: hours(36), durationMonths: 6 }), 0).contractValue).toBeNull();
    expect(moneyOf(posting({ rate: rate(null, 80), hoursPerWeek: hours(40), durationMonths: 3 }), 0).contractValue).toBe(80 * 40 * 13);
  });

  it('takes the portal margin off the rate and the value', () => {
    const m = moneyOf(posting({ rate: rate(100), hoursPerWeek: hours(32), durationMonths: 12 }), 12.5);
    expect(m.netRate).toBe(87.5);
    expect(m.netContractValue).toBe(Math.round(87.5 * 32 * 52));
  });

  it('finds the margin the user set for a portal, with or without www', () => {
    const settings = { brokerMargins: [{ host: 'striive.com', percent: 10 }] };
    expect(marginFor(settings, 'www.striive.com')).toBe(10);
    expect(marginFor(settings, 'flextender.nl')).toBe(0);
    expect(marginFor(settings, null)).toBe(0);
  });
});

describe('whether the posting fits my profile', () => {
  const profile = { ...EMPTY_PROFILE, hourlyRate: 95, hoursPerWeek: 32, availableFrom: '2026-03-01' };
  it('flags a cap below my rate after the margin, more hours than I offer, and a start before I am free', () => {
    const p = posting({ rate: rate(100), hoursPerWeek: hours(36), startDate: '2026-02-01' });
    expect(fitFlags(p, moneyOf(p, 10), profile, '2026-01-10')).toEqual([
      { kind: 'rate-above-cap', mine: 95, cap: 90 },
      { kind: 'more-hours', mine: 32, asked: 36 },
      { kind: 'starts-before-available', start: '2026-02-01', available: '2026-03-01' },
    ]);
  });
  it('flags nothing when everything fits or is unknown, and reads "z.s.m." as today', () => {
    const p = posting({ rate: rate(110), hoursPerWeek: hours(24), startDate: '2026-04-01' });
    expect(fitFlags(p, moneyOf(p, 10), profile, '2026-01-10')).toEqual([]);
    expect(fitFlags(posting(), moneyOf(posting(), 0), profile, '2026-01-10')).toEqual([]);
    const asap = posting({ startAsap: true });
    expect(fitFlags(asap, moneyOf(asap, 0), profile, '2026-01-10').map((f) => f.kind)).toEqual(['starts-before-available']);
  });
});

let n = 0;
const saved = (over: Partial<Posting> = {}) => savedFromCapture(posting(over), null, { at: '2026-01-01T10:00:00.000Z', newId: () => `id-${++n}` });

describe('status history', () => {
  it('records every change with its date, starting from the status the posting had', () => {
    let s = saved();
    s = withStatus(s, 'bidding', '2026-01-05T10:00:00.000Z');
    s = withStatus(s, 'bidding', '2026-01-06T10:00:00.000Z');
    s = withStatus(s, 'submitted', '2026-01-08T10:00:00.000Z');
    expect(s.statusHistory).toEqual([
      { status: 'new', at: '2026-01-01T10:00:00.000Z' },
      { status: 'bidding', at: '2026-01-05T10:00:00.000Z' },
      { status: 'submitted', at: '2026-01-08T10:00:00.000Z' },
    ]);
    expect(SavedPosting.safeParse(s).success).toBe(true);
  });

  it('keeps the offered rate on the latest submission, changes and clears it', () => {
    let s = withStatus(saved(), 'submitted', '2026-01-08T10:00:00.000Z');
    s = withOfferedRate(s, 97.5, '2026-01-08T11:00:00.000Z');
    expect(offeredRateOf(s)).toBe(97.5);
    s = withStatus(s, 'won', '2026-02-01T10:00:00.000Z');
    s = withOfferedRate(s, 99, '2026-02-01T11:00:00.000Z');
    expect(s.statusHistory?.filter((c) => c.offeredRate)).toEqual([{ status: 'submitted', at: '2026-01-08T10:00:00.000Z', offeredRate: 99 }]);
    s = withOfferedRate(s, null, '2026-02-01T12:00:00.000Z');
    expect(offeredRateOf(s)).toBeNull();
  });
});

describe('the overview', () => {
  it('counts per status, bids of this month, won and lost, and lists offered rates in time order', () => {
    const a = withOfferedRate(withStatus(saved({ title: 'A' }), 'submitted', '2026-03-02T10:00:00.000Z'), 95, '2026-03-02T10:00:00.000Z');
    const b = withStatus(withOfferedRate(withStatus(saved({ title: 'B' }), 'submitted', '2026-02-10T10:00:00.000Z'), 90, '2026-02-10T10:00:00.000Z'), 'won', '2026-03-01T10:00:00.000Z');
    const c = withStatus(withStatus(saved({ title: 'C' }), 'submitted', '2026-02-01T10:00:00.000Z'), 'lost', '2026-02-20T10:00:00.000Z');
    const d = withStatus(saved({ title: 'D' }), 'interested', '2026-03-03T10:00:00.000Z');
    const o = overviewOf([a, b, c, d, saved()], '2026-03');
    expect(o.perStatus).toMatchObject({ new: 1, interested: 1, submitted: 1, won: 1, lost: 1, bidding: 0, dropped: 0 });
    expect(o.submittedThisMonth).toBe(1);
    expect([o.won, o.lost, o.winRate]).toEqual([1, 1, 0.5]);
    expect(o.offered).toEqual([
      { day: '2026-02-10', rate: 90, title: 'B', status: 'won' },
      { day: '2026-03-02', rate: 95, title: 'A', status: 'submitted' },
    ]);
  });
  it('has no win rate before the first decision', () => {
    expect(overviewOf([saved()], '2026-03').winRate).toBeNull();
  });
});

describe('linked postings: the earliest deadline governs', () => {
  const row = (id: string, deadline: string, status: SavedPosting['status'] = 'new') => ({ id, deadline, status, title: id });
  it('counts a linked group once, at its earliest active deadline', () => {
    const rows = governingDeadlines(
      [row('a', '2026-03-10'), row('b', '2026-03-08'), row('c', '2026-03-05', 'dropped'), row('solo', '2026-03-09')],
      [{ id: 'a', assignmentId: 'g' }, { id: 'b', assignmentId: 'g' }, { id: 'c', assignmentId: 'g' }],
    );
    expect(rows.map((r) => [r.id, r.deadline])).toEqual([['solo', '2026-03-09'], ['b', '2026-03-08']]);
  });
  it('names the sibling that closes earlier, for the note in the detail view', () => {
    const m = (id: string, deadline: string) => ({ id, status: 'new' as const, sort: { deadline, rate: 0, sourceHost: '', reference: '' } });
    expect(earlierInGroup(m('a', '2026-03-10'), [m('a', '2026-03-10'), m('b', '2026-03-08')])).toEqual({ id: 'b', deadline: '2026-03-08' });
    expect(earlierInGroup(m('b', '2026-03-08'), [m('a', '2026-03-10'), m('b', '2026-03-08')])).toBeNull();
  });
});
