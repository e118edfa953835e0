/**
 * A correction typed by the user, read with the same parsers as the pages: "max 95",
 * "€ 80 - € 95", "32-36", "15-12-2025 12:00", "z.s.m.", "6 maanden". Empty clears the
 * field. Text that cannot be read is refused (the UI keeps it in the box).
 */
import { findDates, isAsap, toIso } from '../parse/date';
import { parseHours } from '../parse/hours';
import { parseDurationMonths } from '../parse/period';
import { parseRate } from '../parse/rate';
import { squash } from '../parse/text';
import type { CorrectableField, Corrections } from '../saved-posting';

export type FieldInput = { ok: true; corrections: Corrections } | { ok: false; why: 'unreadable' | 'required' };

/** Fields a posting cannot do without: clearing them is refused (the list would show the address instead). */
const REQUIRED: ReadonlySet<CorrectableField> = new Set(['title']);

export function readFieldInput(field: CorrectableField, raw: string, today: string): FieldInput {
  const text = squash(raw);
  const set = (c: Corrections): FieldInput => ({ ok: true, corrections: c });
  if (field === 'startAsap') return set({ startAsap: isAsap(text) });
  if (text === '' && REQUIRED.has(field)) return { ok: false, why: 'required' };
  if (text === '') return set(field === 'startDate' ? { startDate: null, startAsap: false } : { [field]: null });
  switch (field) {
    case 'rate': {
      const r = parseRate(text, { labelled: true });
      return r?.kind === 'rate' ? set({ rate: { min: r.min, max: r.max, currency: 'EUR', text } }) : { ok: false, why: 'unreadable' };
    }
    case 'hoursPerWeek': {
      const h = parseHours(text, { labelled: true });
      return h ? set({ hoursPerWeek: h }) : { ok: false, why: 'unreadable' };
    }
    case 'durationMonths': {
      const n = parseDurationMonths(text) ?? (/^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : null);
      return n !== null && n > 0 ? set({ durationMonths: n }) : { ok: false, why: 'unreadable' };
    }
    case 'startDate':
      if (isAsap(text)) return set({ startDate: null, startAsap: true });
      return oneDate(text, today, (d) => ({ startDate: d.date, startAsap: false }));
    case 'deadline':
      return oneDate(text, today, (d) => ({ deadline: toIso(d) }));
    case 'postedDate':
    case 'endDate':
      return oneDate(text, today, (d) => ({ [field]: d.date }));
    default:
      return set({ [field]: text });
  }
}

function oneDate(text: string, today: string, make: (d: { date: string; time: string | null }) => Corrections): FieldInput {
  const d = findDates(text, { now: today, numericWithoutYear: true })[0];
  return d && !d.monthOnly ? { ok: true, corrections: make(d) } : { ok: false, why: 'unreadable' };
}

/** A rate as the user would type it: "max 120", "80 - 95", "vanaf 80" (not the page's whole sentence). */
export function rateInput(rate: { min: number | null; max: number | null } | null): string {
  if (!rate) return '';
  const n = (x: number) => String(x).replace('.', ',');
  if (rate.min !== null && rate.max !== null) return rate.min === rate.max ? n(rate.max) : `${n(rate.min)} - ${n(rate.max)}`;
  return rate.max !== null ? `max ${n(rate.max)}` : rate.min !== null ? `vanaf ${n(rate.min)}` : '';
}

/** Hours as the user would type them: "32" or "32 - 36". */
export function hoursInput(hours: { min: number; max: number } | null): string {
  if (!hours) return '';
  return hours.min === hours.max ? String(hours.min) : `${hours.min} - ${hours.max}`;
}
