/**
 * Facts as the user reads them, in the UI language: the one formatter (lib/format/facts.ts)
 * that the Markdown export uses too, with "—" where a fact is unknown.
 */
import * as facts from '../lib/format/facts';
import type { HoursPerWeek, Rate } from '../lib/posting';
import { t, uiLanguage } from './i18n';

type Range = { min: number | null; max: number | null };

export function formatRate(rate: Rate | null): string {
  return facts.formatRate(rate, uiLanguage()) ?? t('unknown');
}

/** The rate in a list row: "max € 120", "€ 80–95", "from € 80"; '' when unknown. */
export function formatRateShort(rate: Range): string {
  return facts.formatRateShort(rate, uiLanguage()) ?? '';
}

export function formatHours(hours: HoursPerWeek | null): string {
  return facts.formatHours(hours, uiLanguage()) ?? t('unknown');
}

/** Hours in a list row: "32 h/wk", "32–36 h/wk"; '' when unknown. */
export function formatHoursShort(hours: Range): string {
  return facts.formatHoursShort(hours, uiLanguage()) ?? '';
}

/** "5 januari 2026" / "5 January 2026", with the time when given ("… at 12:00"). */
export function formatDate(iso: string | null): string {
  return iso ? facts.formatDate(iso, uiLanguage()) : t('unknown');
}

/** "4" and "11 September 2025" for "moved from 4 to 11 September 2025". */
export function formatDateMove(from: string, to: string): { from: string; to: string } {
  return facts.formatDateMove(from, to, uiLanguage());
}

export function formatMonths(n: number | null): string {
  return n === null ? t('unknown') : facts.formatMonths(n, uiLanguage());
}

export function formatDaysLeft(days: number): string {
  return facts.formatDaysLeft(days, uiLanguage());
}

/** A sum of money in whole euros with the language's thousands mark: "€ 74.880" / "€ 74,880". */
export function formatEuros(n: number): string {
  return `€ ${formatCount(n)}`;
}

/** A whole number with the language's thousands mark: "10.000" / "10,000". */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(uiLanguage() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 }).format(n);
}

/** An hourly amount as in the rest of the UI: "€ 97,50". */
export function formatAmount(n: number): string {
  return `€ ${facts.formatNumber(n, uiLanguage(), true)}`;
}
