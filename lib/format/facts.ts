/**
 * Facts as the user reads them, one way everywhere: the popup, the list, the detail view
 * and the Markdown export. Numbers with the language's decimal mark (money with two
 * decimals: "72,50"), dates as "4 september 2025", rates "max € 75 per uur".
 */
import { type Language, message } from '../i18n/messages';

type Range = { min: number | null; max: number | null };

/** Whole numbers bare; money with two decimals ("72,50"), anything else with up to two. */
export function formatNumber(n: number, lang: Language, money = false): string {
  const text = Number.isInteger(n) ? String(n) : money ? n.toFixed(2) : String(Math.round(n * 100) / 100);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** "max € 75 per hour", "€ 80 – € 95 per hour", "from € 80 per hour", "€ 80 per hour"; null without an amount. */
export function formatRate(rate: Range | null, lang: Language): string | null {
  if (!rate) return null;
  const n = (x: number) => formatNumber(x, lang, true);
  if (rate.min !== null && rate.max !== null) return rate.min === rate.max ? message(lang, 'rateExact', n(rate.max)) : message(lang, 'rateRange', n(rate.min), n(rate.max));
  if (rate.max !== null) return message(lang, 'rateMax', n(rate.max));
  return rate.min !== null ? message(lang, 'rateMin', n(rate.min)) : null;
}

/** The rate in a list row: "max € 120", "€ 80–95", "from € 80"; null without an amount. */
export function formatRateShort(rate: Range, lang: Language): string | null {
  const n = (x: number) => formatNumber(x, lang, true);
  if (rate.min !== null && rate.max !== null && rate.min !== rate.max) return message(lang, 'rateRangeShort', n(rate.min), n(rate.max));
  if (rate.max !== null) return message(lang, 'rateMaxShort', n(rate.max));
  return rate.min !== null ? message(lang, 'rateMinShort', n(rate.min)) : null;
}

/** "32 hours per week", "16–24 hours per week", "1 hour per week". */
export function formatHours(hours: Range | null, lang: Language): string | null {
  if (!hours || hours.min === null || hours.max === null) return null;
  if (hours.min === hours.max) return message(lang, hours.max === 1 ? 'hoursOneHour' : 'hoursOne', formatNumber(hours.max, lang));
  return message(lang, 'hoursRange', formatNumber(hours.min, lang), formatNumber(hours.max, lang));
}

/** Hours in a list row: "32 h/wk", "32–36 h/wk". */
export function formatHoursShort(hours: Range, lang: Language): string | null {
  if (hours.min === null || hours.max === null) return null;
  return hours.min === hours.max
    ? message(lang, 'hoursShort', formatNumber(hours.max, lang))
    : message(lang, 'hoursRangeShort', formatNumber(hours.min, lang), formatNumber(hours.max, lang));
}

const MONTH_KEYS = [
  'monthJan', 'monthFeb', 'monthMar', 'monthApr', 'monthMay', 'monthJun', 'monthJul', 'monthAug', 'monthSep', 'monthOct', 'monthNov', 'monthDec',
] as const;

/** "4 September 2025", "12 January 2026 at 12:00"; an impossible month is shown as stored. */
export function formatDate(iso: string, lang: Language): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  const key = MONTH_KEYS[Number(month) - 1];
  const date = key ? `${Number(day)} ${message(lang, key)} ${year}` : iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return time ? message(lang, 'dateAtTime', date, time) : date;
}

/**
 * A moved date, saying only what changed: "4 to 11 September 2025", "30 August to
 * 2 September 2025", "15 to 22 December 2025 at 12:00" (as the two halves of a sentence).
 */
export function formatDateMove(from: string, to: string, lang: Language): { from: string; to: string } {
  const [fy, fm, fd] = from.slice(0, 10).split('-');
  const [ty, tm] = to.slice(0, 10).split('-');
  const key = MONTH_KEYS[Number(fm) - 1];
  // Different times of day: both in full. The same time: said once, after the new date.
  if (!key || from.slice(11, 16) !== to.slice(11, 16)) return { from: formatDate(from, lang), to: formatDate(to, lang) };
  const short = fy !== ty ? formatDate(from, lang) : fm !== tm ? `${Number(fd)} ${message(lang, key)}` : String(Number(fd));
  return { from: short, to: formatDate(to, lang) };
}

/** "7 days left", "1 day left", "closes today", "closed". */
export function formatDaysLeft(days: number, lang: Language): string {
  if (days < 0) return message(lang, 'closed');
  if (days === 0) return message(lang, 'closesToday');
  return days === 1 ? message(lang, 'oneDayLeft') : message(lang, 'daysLeft', days);
}

/** "12 months", "1 month", "1,5 months". */
export function formatMonths(n: number, lang: Language): string {
  return n === 1 ? message(lang, 'monthsOne') : message(lang, 'months', formatNumber(n, lang));
}
