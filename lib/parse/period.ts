/**
 * Periods and durations: "6 maanden", "12 maanden, met optie tot verlenging van 2 x 6
 * maanden", "01-01-2025 - 31-12-2025", "Van 2026-03-02 tot 2027-03-02",
 * "9 maanden (5 jan. 2026 - 5 okt. 2026)", "januari t/m juni 2026", "tot en met 30-04-2025".
 */
import type { IsoDate } from '../posting';
import { type DateContext, MONTH, daysBetween, endOfMonth, findDates } from './date';
import { COUNT, parseCount } from './text';

const EXTENSION_START =
  /(?:met\s+)?(?:de\s+)?(?:optie|opties|mogelijkheid|optioneel|uitzicht|kans)?\s*(?:tot|op|voor)?\s*(?:verlenging|verlengen|verlengd|extension|extend(?:able)?)/i;
const DURATION = new RegExp(
  String.raw`(?<![\d.,/-])(${COUNT}|een\s+half|anderhalf)\s*(?:(?:-|tot|à|a)\s*(${COUNT})\s*)?(maand(?:en)?|mnd\.?|months?|jaar|jaren|years?|we(?:e)?k(?:en)?|weeks?)\b`,
  'i',
);
const RANGE_JOIN = /^\s*(?:-|–|—|tot(?:\s+en\s+met)?|t\/m|tm|until|till|to|through|thru|up\s+to|en)\s*$/i;
const END_WORDS = /(?:tot(?:\s+en\s+met)?|t\/m|until|till|through|einde?|end(?:s|ing)?|uiterlijk|afloop)\s*:?\s*$/i;

export interface Period {
  start: IsoDate | null;
  end: IsoDate | null;
  /** The start was a month only; the end likewise (already moved to the month's last day). */
  startMonthOnly: boolean;
  endMonthOnly: boolean;
}

/** Stated duration in months, ignoring any extension clause; null when none. */
export function parseDurationMonths(text: string): number | null {
  const main = text.split(EXTENSION_START)[0] ?? text;
  const m = DURATION.exec(main);
  if (!m) return null;
  const n = /half/i.test(m[1]) ? (/anderhalf/i.test(m[1]) ? 1.5 : 0.5) : parseCount(m[1]);
  const upper = m[2] ? parseCount(m[2]) : null;
  const count = upper ?? n;
  if (count === null || count <= 0) return null;
  const unit = m[3].toLowerCase();
  if (unit.startsWith('j') || unit.startsWith('y')) return count * 12;
  if (unit.startsWith('w')) return Math.round((count / 4.33) * 10) / 10;
  return count <= 120 ? count : null;
}

const TIMES_FORM = /\d+\s*(?:x|×|keer|maal)\s*(?:met\s+|van\s+)?\d+\s*(?:maand(?:en)?|maand\(en\)|jaar|jaren|months?|years?|weken|weeks?)/i;

/**
 * The extension option in the page's words, or null when the text names none:
 * "optie tot verlenging van 2 x 6 maanden", "kan 2 keer met 6 maanden worden verlengd".
 */
export function parseExtension(text: string): string | null {
  const sentence = text.split(/(?<=[.;])\s|\n/).find((s) => EXTENSION_START.test(s));
  const m = sentence ? EXTENSION_START.exec(sentence) : null;
  if (!sentence || !m) return null;
  const times = TIMES_FORM.exec(sentence);
  // "2 keer met 6 maanden worden verlengd": the count comes before the keyword.
  const from = times && times.index < m.index ? times.index : m.index;
  // Up to a comma that goes on about something else ("…, in een betrokken team"), not one that gives the terms ("…, 2 x 6 maanden").
  const whole = sentence.slice(from).replace(/^met\s+/i, '');
  const comma = whole.search(/[,;]\s+(?![^,;]*\d)/);
  const clause = (comma > 0 ? whole.slice(0, comma) : whole).replace(/[.;,\s]+$/, '').trim();
  // The keyword alone ("verlenging") says nothing about the option.
  return clause.split(/\s+/).length >= 2 ? clause : null;
}

/** Months between two days, rounded to whole months (one decimal under a month). */
export function monthsBetween(start: IsoDate, end: IsoDate): number | null {
  const days = daysBetween(start, end) + 1;
  if (days <= 0) return null;
  const months = days / 30.44;
  return months >= 1 ? Math.round(months) : Math.round(months * 10) / 10;
}

const MONTH_RANGE = new RegExp(String.raw`\b(${MONTH})\s*(?:-|–|tot(?:\s+en\s+met)?|t\/m)\s*(${MONTH})\s+(\d{4})\b`, 'i');

/**
 * Start and end dates written as a range. A single date counts as an end when
 * "tot/t/m/until" precedes it, otherwise as `lone` says (a "Duur" label holding one
 * date means the end; a "Looptijd: vanaf 1 maart" means the start).
 */
export function parsePeriod(text: string, ctx: DateContext, lone: 'start' | 'end' = 'start'): Period | null {
  const monthRange = MONTH_RANGE.exec(text);
  if (monthRange) {
    const [first, last] = [monthRange[1], monthRange[2]].map((name) => findDates(`1 ${name} ${monthRange[3]}`, ctx)[0]);
    if (first && last) {
      const startYear = first.date > last.date ? String(+monthRange[3] - 1) : monthRange[3];
      return {
        start: `${startYear}${first.date.slice(4)}`,
        end: endOfMonth(last.date),
        startMonthOnly: true,
        endMonthOnly: true,
      };
    }
  }
  const dates = findDates(text, ctx);
  if (dates.length === 0) return null;
  const [a, b] = dates;
  if (b && RANGE_JOIN.test(text.slice(a.end, b.index)) && b.date >= a.date) {
    return {
      start: a.date,
      end: b.monthOnly ? endOfMonth(b.date) : b.date,
      startMonthOnly: a.monthOnly,
      endMonthOnly: b.monthOnly,
    };
  }
  const isEnd = END_WORDS.test(text.slice(0, a.index)) || (lone === 'end' && !/(?:van(?:af)?|per|from|start)\s*:?\s*$/i.test(text.slice(0, a.index)));
  if (isEnd) return { start: null, end: a.monthOnly ? endOfMonth(a.date) : a.date, startMonthOnly: false, endMonthOnly: a.monthOnly };
  return { start: a.date, end: null, startMonthOnly: a.monthOnly, endMonthOnly: false };
}
