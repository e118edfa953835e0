/**
 * Dates written relative to today: "Sluit over 9 dagen", "Sluit morgen om 16:00",
 * "Je hebt nog 10 dagen om te reageren", "3 dagen geleden", "2 weeks ago".
 */
import type { IsoDate } from '../posting';
import { addDays } from './date';
import { COUNT, parseCount } from './text';

export interface RelativeDate {
  date: IsoDate;
  time: string | null;
  index: number;
}

const UNIT = String.raw`(dag(?:en)?|days?|we(?:e)?k(?:en)?|weeks?|maand(?:en)?|months?)`;
const AT = String.raw`(?:\s*(?:om|at|vanaf|tot|@)?\s*(\d{1,2})[:.](\d{2})\s*(?:uur|u\b|h\b)?)?`;

const FUTURE = new RegExp(String.raw`\b(?:over|in|nog|binnen|within)\s+(${COUNT})\s+${UNIT}\b`, 'i');
const PAST = new RegExp(String.raw`\b(${COUNT})\s+${UNIT}\s+(?:geleden|ago)\b`, 'i');
const NAMED = new RegExp(
  String.raw`\b(vandaag|today|morgen|tomorrow|overmorgen|gisteren|yesterday|eergisteren)\b${AT}`,
  'i',
);
const NAMED_OFFSET: Record<string, number> = {
  vandaag: 0, today: 0, morgen: 1, tomorrow: 1, overmorgen: 2, gisteren: -1, yesterday: -1, eergisteren: -2,
};

function unitDays(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('w')) return 7;
  if (u.startsWith('m')) return 30;
  return 1;
}

function clock(h?: string, m?: string): string | null {
  if (h === undefined || m === undefined || +h > 23 || +m > 59) return null;
  return `${h.padStart(2, '0')}:${m}`;
}

/** The first relative date in `text`, counted from `now`; null when there is none. */
export function parseRelativeDate(text: string, now: IsoDate): RelativeDate | null {
  const named = NAMED.exec(text);
  if (named) {
    const offset = NAMED_OFFSET[named[1].toLowerCase()] ?? 0;
    return { date: addDays(now, offset), time: clock(named[2], named[3]), index: named.index };
  }
  const future = FUTURE.exec(text);
  if (future) {
    const n = parseCount(future[1]);
    if (n !== null) return { date: addDays(now, Math.round(n * unitDays(future[2]))), time: null, index: future.index };
  }
  const past = PAST.exec(text);
  if (past) {
    const n = parseCount(past[1]);
    if (n !== null) return { date: addDays(now, -Math.round(n * unitDays(past[2]))), time: null, index: past.index };
  }
  return null;
}
