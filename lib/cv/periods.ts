/**
 * Periods in a CV: "sep. 2023 – heden", "01-2017 t/m 12-2020", "2015 - 2018",
 * "maart 2012 – februari 2014", "2021–nu", "Sep 2016 - to date", "APRIL 2023 – HEDEN".
 * A year alone is January when it starts a period and December when it ends one (both
 * inclusive); "heden", "nu", "present", "to date" mean the day the CV is held against.
 */
import { type CvPeriod, type YearMonth } from './cv';

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1], [/^feb/, 2], [/^(?:mrt|maa|mar)/, 3], [/^apr/, 4], [/^(?:mei|may)/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^(?:okt|oct)/, 10], [/^nov/, 11], [/^dec/, 12],
];
const MONTH_NAME = String.raw`(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mrt|maart|mar(?:ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19[6-9]\d|20[0-4]\d)`;
/**
 * A point in time: "sep. 2023", "1 maart 2019", "09-2017", "03/2017", "01/03/2019" (Europass
 * writes whole days: the day says nothing more here), "2015".
 */
const POINT = String.raw`(?:(?:\d{1,2}\s+)?(${MONTH_NAME})\s+|(?:\d{1,2}\s*[-/.]\s*)?(\d{1,2})\s*[-/.]\s*)?(${YEAR})`;
const NOW_WORDS = String.raw`(heden|nu|present|to date|current|now|today|lopend|ongoing|tot op heden|huidig|huidige)`;
const SEPARATOR = String.raw`\s*(?:–|—|-|−|t\/m|tot en met|tot|to|until|till|>|→)\s*`;

/** One period in a line; groups: start month name, start month number, start year, then the same for the end, or a now-word. */
export const PERIOD = new RegExp(String.raw`(?<![\p{L}\d])${POINT}${SEPARATOR}(?:${POINT}|${NOW_WORDS})(?![\p{L}\d])`, 'iu');

function month(name: string | undefined, number: string | undefined): number | null {
  if (name) {
    const n = name.toLowerCase();
    return MONTHS.find(([re]) => re.test(n))?.[1] ?? null;
  }
  if (number) {
    const n = Number(number);
    return n >= 1 && n <= 12 ? n : null;
  }
  return null;
}

/** "2019-03" → "03-2019", "2019-03-01" → "01-03-2019": ISO dates in the order the period reads, the same length. */
const dayFirst = (text: string) =>
  text.replace(/(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?!\d)/g, (_, y: string, m: string, d?: string) => (d ? `${d}-${m}-${y}` : `${m}-${y}`));

/** The first period in `text`, where it sits, or null. */
export function findPeriod(text: string): { period: CvPeriod; index: number; length: number } | null {
  const m = PERIOD.exec(dayFirst(text));
  if (!m) return sinceAlone(text);
  const fromMonth = month(m[1], m[2]);
  const from: YearMonth = { year: Number(m[3]), month: fromMonth ?? 1 };
  let to: YearMonth | null = null;
  let toPrecision: CvPeriod['toPrecision'] = 'now';
  if (m[6]) {
    const toMonth = month(m[4], m[5]);
    to = { year: Number(m[6]), month: toMonth ?? 12 };
    toPrecision = toMonth ? 'month' : 'year';
  }
  // "2018 – 2015" or an end before its start is a typo, not a period.
  if (to && (to.year * 12 + to.month) < (from.year * 12 + from.month)) return null;
  return { period: { from, to, fromPrecision: fromMonth ? 'month' : 'year', toPrecision }, index: m.index, length: m[0].length };
}

/** "Zelfstandig adviseur | sinds 2018", "Eigenaar Jansen Advies (vanaf maart 2016)": up to now. */
const SINCE = new RegExp(String.raw`(?<![\p{L}\d])(?:sinds|vanaf|since)\s+${POINT}(?![\p{L}\d])`, 'iu');

/**
 * A period written as its start only, on a short line that is no sentence: a header, not
 * "Sinds 2015 werk ik als zelfstandig adviseur." in a profile.
 */
function sinceAlone(text: string): { period: CvPeriod; index: number; length: number } | null {
  if (text.length > 90 || /[.!?]\s*$/.test(text)) return null;
  const m = SINCE.exec(dayFirst(text));
  if (!m) return null;
  const fromMonth = month(m[1], m[2]);
  return { period: { from: { year: Number(m[3]), month: fromMonth ?? 1 }, to: null, fromPrecision: fromMonth ? 'month' : 'year', toPrecision: 'now' }, index: m.index, length: m[0].length };
}

/** Months from `a` to `b`, both inclusive. */
export const monthIndex = ({ year, month }: YearMonth) => year * 12 + (month - 1);

/** The months a period covers, as [first, last] month indexes, "now" being `today`. */
export function periodMonths(period: CvPeriod, today: YearMonth): [number, number] {
  const last = period.to ? monthIndex(period.to) : monthIndex(today);
  return [monthIndex(period.from), Math.min(last, Math.max(monthIndex(period.from), last))];
}

/** "2019-03" or "heden" for people to read. */
export function formatPoint(point: YearMonth | null, precision: 'month' | 'year' | 'now'): string {
  if (!point || precision === 'now') return 'heden';
  return precision === 'year' ? String(point.year) : `${point.year}-${String(point.month).padStart(2, '0')}`;
}

/** How long a role lasted, as LinkedIn and others write it: "3 jaar 11 maanden", "2 yrs 3 mos", "less than a year". */
const TENURE = String.raw`(?:(?:\d{1,2}\s*(?:jaar|jaren|years?|yrs?|maanden|maand|mnd|months?|mos?)\.?\s*)+|minder dan een jaar|less than a year)`;
const TENURE_IN_BRACKETS = new RegExp(String.raw`\(\s*${TENURE}\s*\)`, 'giu');
const TENURE_ALONE = new RegExp(String.raw`^\s*${TENURE}\s*$`, 'iu');

/**
 * The text without a tenure in brackets ("(3 jaar 11 maanden)" after a period says nothing
 * about role or organisation) or the brackets a period stood in ("[ 01/03/2019 – Current ]").
 */
export function withoutTenure(text: string): string {
  // Two spaces stay two: they part a CV's columns ("PRINCE2 Foundation  Projectleider | …").
  return text.replace(TENURE_IN_BRACKETS, ' ').replace(/[[(]\s*[\])]/g, ' ').replace(/ {3,}/g, '  ').replace(/^[\s|,:;)–—-]+|[\s|,:;(–—-]+$/g, '');
}

/** A line that only says how long ("4 jaar 2 maanden" under a company's name on LinkedIn). */
export const isTenure = (text: string): boolean => TENURE_ALONE.test(text);
