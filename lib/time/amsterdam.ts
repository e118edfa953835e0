/**
 * Dutch wall-clock time ⇄ instants. Portals print closing dates in Dutch local time
 * (Europe/Amsterdam), whatever zone the user's machine is set to, so reminders and the
 * calendar export must convert through Amsterdam, not through `new Date(y, m, d)` (which
 * uses the machine's zone). Intl.DateTimeFormat knows the zone's rules in Node 20 and in
 * every browser, so no time-zone library is needed.
 */
import { addDays } from '../parse/date';

/** The calendar-day helper lives with the date parsers; re-exported so time code has one import. */
export { addDays };

export const AMSTERDAM = 'Europe/Amsterdam';

/** A time as a clock in Amsterdam shows it; month 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

// h23: some engines print midnight as "24" with hour12: false.
const FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: AMSTERDAM,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function parts(ms: number): WallClock & { second: number } {
  const p: Record<string, number> = {};
  for (const { type, value } of FORMAT.formatToParts(ms)) if (type !== 'literal') p[type] = Number(value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
}

/** Minutes Amsterdam is ahead of UTC at `ms` (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const w = parts(whole);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole) / MINUTE);
}

/** The Amsterdam wall clock at instant `ms`. */
export function utcToAmsterdam(ms: number): WallClock {
  const { year, month, day, hour, minute } = parts(ms);
  return { year, month, day, hour, minute };
}

/**
 * The instant (epoch ms) at which Amsterdam clocks show `w`.
 * Spring gap (02:00–03:00 on the last Sunday of March does not exist): the time moves
 * forward by the jump, 02:30 → 03:30 summer time. Autumn overlap (02:00–03:00 on the last
 * Sunday of October happens twice): the first occurrence, still in summer time. This is
 * what calendars and Temporal's "compatible" choice do.
 */
export function amsterdamToUtc(w: WallClock): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  // The zone's offsets a day either side cover both sides of any transition near this time.
  const before = amsterdamOffsetMinutes(asUtc - DAY);
  const after = amsterdamOffsetMinutes(asUtc + DAY);
  const fits = [before, after]
    .map((offset) => ({ offset, at: asUtc - offset * MINUTE }))
    .filter(({ offset, at }) => amsterdamOffsetMinutes(at) === offset)
    .map(({ at }) => at);
  // Both fit in the overlap: the earlier instant is the first occurrence.
  if (fits.length > 0) return Math.min(...fits);
  // None fits in the gap: read with the offset from before the jump, which lands after it.
  return asUtc - before * MINUTE;
}

const ISO_WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` as a wall clock (a date alone at `defaultTime`), or null
 * when the text is not a real day and time ("2025-02-30", "25:00"): stored data is never
 * trusted to be valid just because it matched the schema's pattern.
 */
export function wallClockOf(iso: string, defaultTime: { hour: number; minute: number } = { hour: 0, minute: 0 }): WallClock | null {
  const m = ISO_WALL_CLOCK.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = m[4] === undefined ? defaultTime.hour : Number(m[4]);
  const minute = m[5] === undefined ? defaultTime.minute : Number(m[5]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

/** The Amsterdam calendar day of instant `ms`, `YYYY-MM-DD`. */
export function amsterdamDay(ms: number): string {
  const w = utcToAmsterdam(ms);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
