/**
 * "Minimaal 5 jaar werkervaring als projectmanager in de afgelopen 8 jaar": the years
 * asked, the window, and the years a CV shows. Entries that show the experience count
 * with the months they cover (overlaps merged, never counted twice), only inside the
 * window: the last 12·M calendar months up to and including the month of the capture day.
 */
import type { CvPeriod, YearMonth } from '../cv/cv';
import { monthIndex, periodMonths } from '../cv/periods';

const NUMBER_WORDS: Record<string, number> = {
  een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};
const NUMBER = String.raw`(\d{1,2}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const WINDOW = new RegExp(
  String.raw`(?:(?:in|binnen|gedurende|over|tijdens)\s+(?:de|het)\s+)?(?:afgelopen|laatste|voorgaande|achterliggende|recente)\s+${NUMBER}\s+jaar|(?:in|within|during|over)\s+the\s+(?:last|past|previous|preceding)\s+${NUMBER}\s+years?|(?:niet ouder dan|not older than|no older than)\s+${NUMBER}\s+(?:jaar|years?)`,
  'iu',
);
const DURATION = new RegExp(String.raw`(?<![\p{L}\d])${NUMBER}\s*\+?\s*(jaar|jaren|years?|yrs|maanden|months)(?![\p{L}])(?!\s+oud)`, 'iu');

export interface DurationAsk {
  years: number;
  /** Months back from the capture month, or null for a whole career. */
  windowYears: number | null;
  /** The requirement without its numbers: what the experience must be. */
  topic: string;
  /** false: only a window is asked ("in de afgelopen 5 jaar"), no number of years. */
  minimum: boolean;
}

const value = (raw: string) => NUMBER_WORDS[raw.toLowerCase()] ?? Number(raw.replace(',', '.'));

/**
 * The number of years as one number: "minimaal drie (3) jaar" → "minimaal 3 jaar" (tenders
 * write both), "3 tot 5 jaar" / "3-5 years" → "3 jaar" (the least is what is asked).
 */
function plainNumbers(text: string): string {
  return text
    .replace(/(?<![\p{L}])(\p{L}+)\s*\((\d{1,2})\)(?=\s*(?:jaar|jaren|years?|maanden|months)(?![\p{L}]))/giu, (all, word: string, digits: string) =>
      NUMBER_WORDS[word.toLowerCase()] === Number(digits) ? digits : all,
    )
    .replace(/(?<![\d.,])(\d{1,2})\s*(?:tot|à|a|-|–|to)\s*\d{1,2}\s*(jaar|jaren|years?)(?![\p{L}])/giu, '$1 $2');
}

/** The duration a requirement asks, or null when it asks none. */
export function durationAsked(asked: string): DurationAsk | null {
  const whole = plainNumbers(asked);
  // "8 jaar …, waarvan 3 jaar in de afgelopen 5 jaar": the window belongs to the part after "waarvan".
  const part = /,?\s*\b(?:waarvan|of which)\b/i.exec(whole);
  const text = part ? whole.slice(0, part.index) : whole;
  const window = WINDOW.exec(text);
  const withoutWindow = window ? text.slice(0, window.index) + text.slice(window.index + window[0].length) : text;
  const d = DURATION.exec(withoutWindow);
  // "Ervaring als informatiemanager in de afgelopen 5 jaar": some time in the window, no minimum.
  if (!d) return window ? { years: 1 / 12, windowYears: value(window[1] ?? window[2] ?? window[3]), topic: withoutWindow, minimum: false } : null;
  const amount = value(d[1]);
  const years = /maand|month/i.test(d[2]) ? amount / 12 : amount;
  if (!(years > 0 && years <= 40)) return null;
  const windowYears = window ? value(window[1] ?? window[2] ?? window[3]) : null;
  // "Afgeronde hbo-opleiding en minimaal 8 jaar ervaring als projectleider": what the years are of
  // starts at the clause with the number; what comes before it is asked apart.
  const before = withoutWindow.slice(0, d.index);
  const clause = Math.max(before.search(/(?:[;,]|\s(?:en|and)\s)(?!.*(?:[;,]|\s(?:en|and)\s))/i), -1);
  const topic = before.slice(clause < 0 ? 0 : clause + 1) + withoutWindow.slice(d.index + d[0].length);
  return { years, windowYears, topic, minimum: true };
}

/** Months covered by the periods, merged, inside the window; and each period's own share. */
export function countMonths(periods: CvPeriod[], today: YearMonth, windowYears: number | null): { months: number; each: number[] } {
  const last = monthIndex(today);
  const first = windowYears === null ? -Infinity : last - Math.round(windowYears * 12) + 1;
  const ranges = periods.map((p) => {
    const [a, b] = periodMonths(p, today);
    return [Math.max(a, first), Math.min(b, last)] as const;
  });
  const each = ranges.map(([a, b]) => Math.max(0, b - a + 1));
  const sorted = ranges.filter(([a, b]) => b >= a).sort((x, y) => x[0] - y[0]);
  let months = 0;
  let end = -Infinity;
  for (const [a, b] of sorted) {
    if (b <= end) continue;
    months += b - Math.max(a, end + 1) + 1;
    end = b;
  }
  return { months, each };
}

export const roundYears = (months: number) => Math.round((months / 12) * 10) / 10;

/** "5 jaar 4 mnd" / "5 years 4 months". */
export function formatMonths(months: number, language: 'nl' | 'en' = 'nl'): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts = language === 'nl' ? [y && `${y} jaar`, m && `${m} mnd`] : [y && `${y} year${y === 1 ? '' : 's'}`, m && `${m} month${m === 1 ? '' : 's'}`];
  return parts.filter(Boolean).join(' ') || (language === 'nl' ? '0 mnd' : '0 months');
}
