/**
 * What an assignment is worth and whether it fits: the estimated contract value (rate ×
 * hours × weeks of the duration), the net rate after the portal's margin, and flags where
 * the rate cap, the hours or the start do not fit the user's own profile settings.
 */
import type { CvProfile } from '../cv/cv';
import { daysBetween } from '../parse/date';
import type { Posting } from '../posting';

/** Weeks in an average month (52 / 12): "6 maanden" is 26 weeks. */
const WEEKS_PER_MONTH = 52 / 12;

export interface Money {
  /** The highest hourly rate the posting allows (its cap, or its only amount). */
  rate: number | null;
  /** Percent the portal keeps (the user's setting for that portal). */
  marginPercent: number;
  /** The rate after the margin: what the user takes home per hour. */
  netRate: number | null;
  hoursPerWeek: number | null;
  /** From the duration in months, else from the start and end dates. */
  weeks: number | null;
  /** rate × hours × weeks, in whole euros; null when any part is unknown. */
  contractValue: number | null;
  netContractValue: number | null;
}

export function moneyOf(p: Pick<Posting, 'rate' | 'hoursPerWeek' | 'durationMonths' | 'startDate' | 'endDate'>, marginPercent: number): Money {
  const rate = p.rate?.max ?? p.rate?.min ?? null;
  const hoursPerWeek = p.hoursPerWeek?.max ?? null;
  const weeks = weeksOf(p);
  const netRate = rate === null ? null : round2(rate * (1 - marginPercent / 100));
  const value = (r: number | null) => (r === null || hoursPerWeek === null || weeks === null ? null : Math.round(r * hoursPerWeek * weeks));
  return { rate, marginPercent, netRate, hoursPerWeek, weeks, contractValue: value(rate), netContractValue: value(netRate) };
}

function weeksOf(p: Pick<Posting, 'durationMonths' | 'startDate' | 'endDate'>): number | null {
  if (p.durationMonths) return round2(p.durationMonths * WEEKS_PER_MONTH);
  if (p.startDate && p.endDate) {
    const days = daysBetween(p.startDate, p.endDate) + 1;
    return days > 0 ? round2(days / 7) : null;
  }
  return null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export type FitFlag =
  /** The user's rate is above what the posting leaves after the portal's margin. */
  | { kind: 'rate-above-cap'; mine: number; cap: number }
  /** The posting asks more hours a week than the user offers. */
  | { kind: 'more-hours'; mine: number; asked: number }
  /** The assignment starts before the user is available. */
  | { kind: 'starts-before-available'; start: string; available: string };

/** Where the posting does not fit the user's own rate, hours and availability; empty when all fit or are unknown. */
export function fitFlags(p: Pick<Posting, 'startDate' | 'startAsap'>, money: Money, profile: CvProfile, today: string): FitFlag[] {
  const flags: FitFlag[] = [];
  if (profile.hourlyRate !== null && money.netRate !== null && profile.hourlyRate > money.netRate) flags.push({ kind: 'rate-above-cap', mine: profile.hourlyRate, cap: money.netRate });
  if (profile.hoursPerWeek !== null && money.hoursPerWeek !== null && money.hoursPerWeek > profile.hoursPerWeek) flags.push({ kind: 'more-hours', mine: profile.hoursPerWeek, asked: money.hoursPerWeek });
  const start = p.startDate ?? (p.startAsap ? today : null);
  if (profile.availableFrom && start && start < profile.availableFrom) flags.push({ kind: 'starts-before-available', start, available: profile.availableFrom });
  return flags;
}
