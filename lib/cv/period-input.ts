/**
 * A period as the user types it when correcting an entry: "2019-03" or "2019" for the
 * start, the same or nothing ("up to now") for the end. Null when it is not a period.
 */
import type { CvPeriod, YearMonth } from './cv';

function point(text: string): { at: YearMonth; precision: 'month' | 'year' } | null {
  const m = /^\s*(\d{4})(?:\s*[-/.]\s*(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  if (year < 1950 || year > 2100 || (month !== null && (month < 1 || month > 12))) return null;
  return { at: { year, month: month ?? 1 }, precision: month ? 'month' : 'year' };
}

export function periodFromInput(from: string, to: string): CvPeriod | null {
  const start = point(from);
  if (!start) return null;
  if (!to.trim()) return { from: start.at, to: null, fromPrecision: start.precision, toPrecision: 'now' };
  const end = point(to);
  if (!end) return null;
  const endAt = end.precision === 'year' ? { year: end.at.year, month: 12 } : end.at;
  if (endAt.year * 12 + endAt.month < start.at.year * 12 + start.at.month) return null;
  return { from: start.at, to: endAt, fromPrecision: start.precision, toPrecision: end.precision };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period as the inputs show it. */
export function periodInput(period: CvPeriod | null): { from: string; to: string } {
  if (!period) return { from: '', to: '' };
  const from = period.fromPrecision === 'year' ? String(period.from.year) : `${period.from.year}-${pad(period.from.month)}`;
  const to = !period.to ? '' : period.toPrecision === 'year' ? String(period.to.year) : `${period.to.year}-${pad(period.to.month)}`;
  return { from, to };
}
