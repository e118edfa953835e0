/**
 * Dates as Dutch and English portals write them: "04-09-2025", "25.09.2026 09:00",
 * "25ste augustus, 2025", "donderdag 17 juni 2021", "19 sept 2025", "maart 4, 2026",
 * "10 December 2025, 23:59 CET", "4-10 11:00" (no year), "Sluit over 9 dagen".
 * Pure: string in, ISO out. The caller supplies `now` and, for dates without a
 * year, a reference day (usually the posted date).
 */
import type { IsoDate } from '../posting';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'february', 'feb', 'febr']],
  [3, ['maart', 'march', 'mrt', 'mar', 'maa']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['augustus', 'august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;

/** Regex source matching any month name or abbreviation (longest first). */
export const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const WEEKDAY =
  '(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+)?';
const ORDINAL = '(?:ste|de|e|st|nd|rd|th)?';
const TIME = String.raw`(?:,?\s*(?:om|at|vanaf|@|-|tot)?\s*(\d{1,2})[:.](\d{2})(?![.\-/]?\d)\s*(?:uur|u\b|h\b|hrs?\b)?\s*(?:CES?T|CET)?)?`;

export interface FoundDate {
  /** `YYYY-MM-DD` */
  date: IsoDate;
  /** `HH:mm` when the text gives a time. */
  time: string | null;
  /** Only a month was given ("januari 2026"); `date` is its first day. */
  monthOnly: boolean;
  /** The year was not written and was inferred. */
  yearAssumed: boolean;
  index: number;
  end: number;
}

export interface DateContext {
  /** Today, for relative dates and as fallback reference. */
  now: IsoDate;
  /** Day that year-less dates are near (posted date, else now). */
  reference?: IsoDate;
  /** Accept "4-10" style day-month numbers without a year (only where a date is certain). */
  numericWithoutYear?: boolean;
}

type Builder = (m: RegExpExecArray, ctx: DateContext) => Omit<FoundDate, 'index' | 'end'> | null;

const PATTERNS: [RegExp, Builder][] = [
  // 2026-03-02
  [new RegExp(String.raw`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:T|\b)${TIME}`, 'gi'), (m) => ymd(+m[1], +m[2], +m[3], m[4], m[5])],
  // 04-09-2025, 3/6/2024, 25.09.2026 09:00
  [
    new RegExp(String.raw`\b(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})(?![\d.,-]*\d)${TIME}`, 'gi'),
    (m) => ymd(fullYear(+m[4]), +m[3], +m[1], m[5], m[6]),
  ],
  // 25ste augustus, 2025 · donderdag 17 juni 2021 · 24 sep. 2021 · 10 December 2025, 23:59 CET
  [
    new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})${ORDINAL}\.?\s+(${MONTH})(?:,?\s+|\s*,\s*)(\d{4})\b${TIME}`, 'gi'),
    (m) => ymd(+m[3], monthNumber(m[2]), +m[1], m[4], m[5]),
  ],
  // maart 4, 2026 · March 4th 2026
  [
    new RegExp(String.raw`\b${WEEKDAY}(${MONTH})\s+(\d{1,2})${ORDINAL},?\s+(\d{4})\b${TIME}`, 'gi'),
    (m) => ymd(+m[3], monthNumber(m[1]), +m[2], m[4], m[5]),
  ],
  // 4 oktober (no year)
  [
    new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})${ORDINAL}\s+(${MONTH})(?![a-z])(?!\s*,?\s*\d{4})${TIME}`, 'gi'),
    (m, ctx) => withoutYear(monthNumber(m[2]), +m[1], m[3], m[4], ctx),
  ],
  // januari 2026 (month only)
  [
    new RegExp(String.raw`\b(${MONTH})\s+(\d{4})\b`, 'gi'),
    (m) => {
      const d = ymd(+m[2], monthNumber(m[1]), 1);
      return d && { ...d, monthOnly: true };
    },
  ],
  // 4-10 11:00, tot 1-7 (no year; only where the caller is sure a date is meant)
  [
    new RegExp(String.raw`(?<![\d.,/-])(\d{1,2})[-/](\d{1,2})(?![\d.,/-]|\s*(?:uur|hours?|hrs?|u\b|%))${TIME}`, 'gi'),
    (m, ctx) => (ctx.numericWithoutYear ? withoutYear(+m[2], +m[1], m[3], m[4], ctx) : null),
  ],
];

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function time(h?: string, min?: string): string | null | false {
  if (h === undefined || min === undefined) return null;
  if (+h > 23 || +min > 59) return false;
  return `${pad(+h)}:${pad(+min)}`;
}

function ymd(y: number, m: number, d: number, h?: string, min?: string): Omit<FoundDate, 'index' | 'end'> | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const t = time(h, min);
  return {
    date: `${y}-${pad(m)}-${pad(d)}`,
    time: t === false ? null : t,
    monthOnly: false,
    yearAssumed: false,
  };
}

function withoutYear(m: number, d: number, h: string | undefined, min: string | undefined, ctx: DateContext) {
  const ref = ctx.reference ?? ctx.now;
  let y = +ref.slice(0, 4);
  const candidate = ymd(y, m, d, h, min);
  if (!candidate) return null;
  // A year-less date long before the reference day means next year's (e.g. posted in December, closes "5-1").
  if (daysBetween(ref, candidate.date) < -60) y += 1;
  const found = ymd(y, m, d, h, min);
  return found && { ...found, yearAssumed: true };
}

/** Every date written in `text`, in order, overlaps removed. */
export function findDates(text: string, ctx: DateContext): FoundDate[] {
  const found: FoundDate[] = [];
  for (const [re, build] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const d = build(m, ctx);
      if (d) found.push({ ...d, index: m.index, end: m.index + m[0].trimEnd().length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const result: FoundDate[] = [];
  for (const d of found) {
    const last = result[result.length - 1];
    if (!last || d.index >= last.end) result.push(d);
  }
  return result;
}

/** The first date in `text`, or null. */
export function parseDate(text: string, ctx: DateContext): FoundDate | null {
  return findDates(text, ctx)[0] ?? null;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` for a found date. */
export function toIso(d: Pick<FoundDate, 'date' | 'time'>): string {
  return d.time ? `${d.date}T${d.time}` : d.date;
}

export function addDays(day: IsoDate, n: number): IsoDate {
  const t = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const ta = Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10));
  const tb = Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10));
  return Math.round((tb - ta) / 86_400_000);
}

/** Last day of the month of `day`. */
export function endOfMonth(day: IsoDate): IsoDate {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7);
  return `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;
}

const ASAP_RE =
  /(?:^|[^a-z])(z\.?\s?s\.?\s?m\.?|zo\s+(?:snel|spoedig)\s+(?:als\s+)?mogelijk|per\s+(?:direct|omgaande)|asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+possible|immediately|onmiddellijk|met\s+spoed)(?![a-z])/i;

/** "z.s.m.", "Zo spoedig mogelijk", "Per direct", "ASAP": start as soon as possible. */
export function isAsap(text: string): boolean {
  return ASAP_RE.test(text) || /^\s*(?:direct|onmiddellijk|nu)\s*\.?$/i.test(text);
}

/** The local calendar day of `d` as `YYYY-MM-DD` (what "today" means to the user). */
export function localDay(d: Date = new Date()): IsoDate {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
