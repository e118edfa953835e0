// Run under other machine zones too, to prove they do not matter:
//   TZ=America/New_York npx vitest run tests/time
//   TZ=UTC npx vitest run tests/time
import { describe, expect, it } from 'vitest';
import { addDays, amsterdamDay, amsterdamOffsetMinutes, amsterdamToUtc, utcToAmsterdam, wallClockOf, type WallClock } from '../../lib/time/amsterdam';

const at = (iso: string) => Date.parse(iso);
const clock = (year: number, month: number, day: number, hour: number, minute: number): WallClock => ({ year, month, day, hour, minute });

describe('Amsterdam wall clock to instant', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(amsterdamToUtc(clock(2025, 1, 15, 12, 0))).toBe(at('2025-01-15T11:00:00Z'));
    expect(amsterdamToUtc(clock(2025, 7, 1, 9, 30))).toBe(at('2025-07-01T07:30:00Z'));
  });

  it('handles midnight and the turn of the year', () => {
    expect(amsterdamToUtc(clock(2026, 1, 1, 0, 0))).toBe(at('2025-12-31T23:00:00Z'));
    expect(amsterdamToUtc(clock(2025, 12, 31, 23, 59))).toBe(at('2025-12-31T22:59:00Z'));
  });

  describe('spring forward: Sunday 30 March 2025, 02:00 becomes 03:00', () => {
    it('keeps winter time just before the jump and summer time from 03:00', () => {
      expect(amsterdamToUtc(clock(2025, 3, 30, 1, 59))).toBe(at('2025-03-30T00:59:00Z'));
      expect(amsterdamToUtc(clock(2025, 3, 30, 3, 0))).toBe(at('2025-03-30T01:00:00Z'));
    });
    it('moves a time in the gap forward by the hour that does not exist', () => {
      // 02:30 never shows on Amsterdam clocks that night; it becomes 03:30 summer time.
      expect(amsterdamToUtc(clock(2025, 3, 30, 2, 30))).toBe(at('2025-03-30T01:30:00Z'));
      expect(utcToAmsterdam(amsterdamToUtc(clock(2025, 3, 30, 2, 30)))).toEqual(clock(2025, 3, 30, 3, 30));
      expect(amsterdamToUtc(clock(2025, 3, 30, 2, 0))).toBe(at('2025-03-30T01:00:00Z'));
    });
  });

  describe('fall back: Sunday 26 October 2025, 03:00 becomes 02:00 again', () => {
    it('takes the first occurrence of a time that happens twice', () => {
      expect(amsterdamToUtc(clock(2025, 10, 26, 2, 30))).toBe(at('2025-10-26T00:30:00Z'));
      expect(amsterdamToUtc(clock(2025, 10, 26, 2, 0))).toBe(at('2025-10-26T00:00:00Z'));
    });
    it('is back on winter time from 03:00', () => {
      expect(amsterdamToUtc(clock(2025, 10, 26, 3, 0))).toBe(at('2025-10-26T02:00:00Z'));
      expect(amsterdamToUtc(clock(2025, 10, 26, 1, 59))).toBe(at('2025-10-25T23:59:00Z'));
    });
    it('shows both occurrences as 02:30 when converting back', () => {
      expect(utcToAmsterdam(at('2025-10-26T00:30:00Z'))).toEqual(clock(2025, 10, 26, 2, 30));
      expect(utcToAmsterdam(at('2025-10-26T01:30:00Z'))).toEqual(clock(2025, 10, 26, 2, 30));
    });
  });

  it('follows the rule in other years (last Sunday of March and October)', () => {
    // 2026: 29 March and 25 October.
    expect(amsterdamOffsetMinutes(at('2026-03-29T00:59:00Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(at('2026-03-29T01:00:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(at('2026-10-25T00:59:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(at('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('round-trips every hour of a year, DST nights included', () => {
    const secondTime = (t: number) => t >= at('2025-10-26T01:00:00Z') && t < at('2025-10-26T02:00:00Z');
    for (let t = at('2025-01-01T00:00:00Z'); t < at('2026-01-01T00:00:00Z'); t += 3_600_000) {
      const w = utcToAmsterdam(t);
      // Every clock reading maps back to an instant that shows it; only the repeated autumn hour
      // maps to its first occurrence, one hour earlier.
      expect(amsterdamToUtc(w), new Date(t).toISOString()).toBe(secondTime(t) ? t - 3_600_000 : t);
    }
  });
});

describe('instant to Amsterdam wall clock', () => {
  it('gives the Dutch day, not the machine day', () => {
    // 23:30 UTC on 31 Dec is already New Year in Amsterdam (and still the 31st in New York).
    expect(amsterdamDay(at('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(utcToAmsterdam(at('2025-06-30T22:15:00Z'))).toEqual(clock(2025, 7, 1, 0, 15));
  });
});

describe('reading ISO dates', () => {
  it('reads a day with and without a time', () => {
    expect(wallClockOf('2025-10-27T09:00')).toEqual(clock(2025, 10, 27, 9, 0));
    expect(wallClockOf('2025-10-27')).toEqual(clock(2025, 10, 27, 0, 0));
    expect(wallClockOf('2025-10-27', { hour: 23, minute: 59 })).toEqual(clock(2025, 10, 27, 23, 59));
  });
  it.each(['2025-02-30', '2025-13-01', '2025-10-27T24:00', '2025-10-27T12:60', '27-10-2025', ''])('rejects %j', (text) => {
    expect(wallClockOf(text)).toBeNull();
  });
});

describe('addDays', () => {
  it('counts calendar days across month ends, leap days and DST changes', () => {
    expect(addDays('2025-10-27', -3)).toBe('2025-10-24');
    expect(addDays('2025-03-31', -1)).toBe('2025-03-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});
