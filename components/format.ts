/** Facts as the user reads them, in the UI language. */
import type { HoursPerWeek, Rate } from '../lib/posting';
import { t, uiLanguage } from './i18n';

const number = (n: number) => n.toLocaleString(uiLanguage() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });

export function formatRate(rate: Rate | null): string {
  if (!rate) return t('unknown');
  if (rate.min !== null && rate.max !== null && rate.min !== rate.max) return t('rateRange', number(rate.min), number(rate.max));
  if (rate.max !== null) return t('rateMax', number(rate.max));
  return rate.min !== null ? t('rateMin', number(rate.min)) : t('unknown');
}

type Range = { min: number | null; max: number | null };

/** The rate in a list row: "max € 120", "€ 80–95", "from € 80"; '' when unknown. */
export function formatRateShort(rate: Range): string {
  if (rate.min !== null && rate.max !== null && rate.min !== rate.max) return t('rateRangeShort', number(rate.min), number(rate.max));
  if (rate.max !== null) return t('rateMaxShort', number(rate.max));
  return rate.min !== null ? t('rateMinShort', number(rate.min)) : '';
}

/** Hours in a list row: "32 h/wk", "32–36 h/wk"; '' when unknown. */
export function formatHoursShort(hours: Range): string {
  if (hours.min === null || hours.max === null) return '';
  return hours.min === hours.max ? t('hoursShort', number(hours.max)) : t('hoursRangeShort', number(hours.min), number(hours.max));
}

export function formatHours(hours: HoursPerWeek | null): string {
  if (!hours) return t('unknown');
  return hours.min === hours.max ? t('hoursOne', number(hours.min)) : t('hoursRange', number(hours.min), number(hours.max));
}

/** "5 januari 2026" / "5 January 2026", with the time when given. */
export function formatDate(iso: string | null): string {
  if (!iso) return t('unknown');
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(y, m - 1, d);
  const day = date.toLocaleDateString(uiLanguage() === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return iso.length > 10 ? `${day} ${iso.slice(11, 16)}` : day;
}
