/**
 * What a new capture of a saved posting changed, for the user to see at a glance: which
 * page facts moved (old → new: "closing date 4 → 11 September"), which of the user's own
 * corrections now differ from what the page says, and which requirements appeared on the
 * page or left it. Kept with the posting until the next capture.
 */
import { z } from 'zod';
import { dedupeKey } from '../parse/text';
import type { Posting } from '../posting';
import type { Corrections } from '../saved-posting';

/** A fact's value as compared and shown: rates and hours as their bounds, the rest as written. */
export const FactValue = z.union([z.string(), z.number(), z.object({ min: z.number().nullable(), max: z.number().nullable() })]).nullable();
export type FactValue = z.infer<typeof FactValue>;

export const ChangedFact = z.enum([
  'title', 'client', 'location', 'rate', 'hoursPerWeek', 'deadline', 'postedDate', 'startDate', 'endDate', 'durationMonths', 'extension', 'reference',
]);
export type ChangedFact = z.infer<typeof ChangedFact>;

export const RecaptureChanges = z.object({
  /** ISO timestamp of the capture that found these changes. */
  at: z.string(),
  facts: z.array(z.object({ field: ChangedFact, from: FactValue, to: FactValue })),
  /** Fields the user corrected where the page now says something else than the correction. */
  corrections: z.array(z.object({ field: ChangedFact, page: FactValue, yours: FactValue })),
  added: z.array(z.string()),
  gone: z.array(z.string()),
});
export type RecaptureChanges = z.infer<typeof RecaptureChanges>;

export function valueOf(p: Pick<Posting, ChangedFact | 'startAsap'>, field: ChangedFact): FactValue {
  if (field === 'rate') return p.rate && { min: p.rate.min, max: p.rate.max };
  if (field === 'hoursPerWeek') return p.hoursPerWeek && { min: p.hoursPerWeek.min, max: p.hoursPerWeek.max };
  if (field === 'startDate' && p.startAsap) return 'asap';
  return p[field];
}

const same = (a: FactValue, b: FactValue) => JSON.stringify(a) === JSON.stringify(b);

export function recaptureChanges(before: Posting, after: Posting, corrections: Corrections, at: string): RecaptureChanges {
  const facts: RecaptureChanges['facts'] = [];
  const differ: RecaptureChanges['corrections'] = [];
  const corrected = { ...after, ...Object.fromEntries(Object.entries(corrections).filter(([, v]) => v !== undefined)) } as Posting;
  for (const field of ChangedFact.options) {
    const [from, to] = [valueOf(before, field), valueOf(after, field)];
    if (!same(from, to)) facts.push({ field, from, to });
    const isCorrected = corrections[field] !== undefined || (field === 'startDate' && corrections.startAsap !== undefined);
    if (isCorrected && !same(valueOf(corrected, field), to)) differ.push({ field, page: to, yours: valueOf(corrected, field) });
  }
  const keys = (p: Posting) => new Map(p.requirements.map((r) => [dedupeKey(r.text), r.text]));
  const [old, now] = [keys(before), keys(after)];
  return {
    at,
    facts,
    corrections: differ,
    added: [...now].filter(([k]) => !old.has(k)).map(([, text]) => text),
    gone: [...old].filter(([k]) => !now.has(k)).map(([, text]) => text),
  };
}

/** Did the capture change anything the user should hear about? */
export function hasChanges(c: RecaptureChanges | undefined): c is RecaptureChanges {
  return !!c && (c.facts.length > 0 || c.corrections.length > 0 || c.added.length > 0 || c.gone.length > 0);
}
