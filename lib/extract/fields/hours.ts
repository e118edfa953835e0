/**
 * Hours per week. Sources, most trusted first: labels ("Uren per week: 32 - 36", also in
 * the document title), JSON-LD workHours, fact chips ("32 uur p/w" near the title or in a
 * practical-details list), then sentences ("voor gemiddeld 24 uur", "drie dagen per week").
 * A bare number needs a label; elsewhere it needs a weekly unit.
 */
import { parseHours } from '../../parse/hours';
import { snippet } from '../../parse/text';
import type { HoursPerWeek } from '../../posting';
import { type Fact, isLabelled } from '../fact';
import { type FieldContext, factsOf, readOnce } from './context';
import { type Decision, candidate, decide, no, ok, tiersFrom } from './decide';

export function hoursReading(fact: Fact): HoursPerWeek | null {
  return readOnce(fact, 'hours', () => parseHours(fact.value, { labelled: isLabelled(fact) }));
}

export function decideHours(ctx: FieldContext): Decision<HoursPerWeek> {
  const from = (sources: Fact['source'][]) => () =>
    factsOf(ctx, 'hours', sources).map((f) => {
      const h = hoursReading(f);
      return candidate(f, h ? ok({ ...h, text: snippet(h.text, 120) }) : no(isLabelled(f) ? 'no number of hours in it' : 'no hours with a weekly unit in it'));
    });
  const decision = decide<HoursPerWeek>({
    field: 'hoursPerWeek',
    tiers: tiersFrom([['label', 'inferred-label', 'page-title'], ['json-ld'], ['chip'], ['prose']], from),
    show: showHours,
    same: (a, b) => a.min === b.min && a.max === b.max,
    disagreeWarning: {
      sources: ['label', 'json-ld'],
      warn: (chosen, other) => ({ code: 'sources-disagree', detail: `${showHours(chosen.value!)} (${chosen.source}) ≠ ${showHours(other.value!)} (${other.source})` }),
    },
  });
  return withStatedHours(ctx, decision);
}

/**
 * "Omvang: 0,8 fte" read as 32 hours (a 40-hour week), where the text says "0,8 fte (28,8 uur
 * per week)": the hours the page states for that fte (a 36-hour week, as most of the public
 * sector works) are the hours.
 */
function withStatedHours(ctx: FieldContext, decision: Decision<HoursPerWeek>): Decision<HoursPerWeek> {
  const chosen = decision.value;
  const fte = chosen && /\d\s*(?:uur|uren|hours)/i.test(chosen.text) ? null : chosen && /(\d(?:[.,]\d{1,2})?)\s*fte\b/i.exec(chosen.text);
  if (!chosen || !fte || chosen.min !== chosen.max) return decision;
  const n = fte[1].replace(/[.,]/, '[.,]');
  const stated = new RegExp(String.raw`(?<![\d.,])${n}\s*fte\W{1,8}(\d{1,2}(?:[.,]\d)?)\s*(?:uur|uren|hours)|(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s*(?:uur|uren|hours)\W{1,8}${n}\s*fte\b`, 'i');
  for (const line of ctx.lines) {
    const m = line.noise ? null : stated.exec(line.text);
    const hours = m ? Number((m[1] ?? m[2]).replace(',', '.')) : NaN;
    // The same fte: within the spread of a 32- to 40-hour week.
    if (hours <= chosen.max && hours >= chosen.max * 0.8) {
      return { ...decision, value: { min: hours, max: hours, text: snippet(m![0], 120) }, evidence: snippet(line.text) };
    }
  }
  return decision;
}

export function showHours(h: Pick<HoursPerWeek, 'min' | 'max'>): string {
  return h.min === h.max ? `${h.max} h/week` : `${h.min}–${h.max} h/week`;
}
