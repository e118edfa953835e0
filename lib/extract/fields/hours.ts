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
  return decide<HoursPerWeek>({
    field: 'hoursPerWeek',
    tiers: tiersFrom([['label', 'inferred-label', 'page-title'], ['json-ld'], ['chip'], ['prose']], from),
    show: showHours,
    same: (a, b) => a.min === b.min && a.max === b.max,
    disagreeWarning: {
      sources: ['label', 'json-ld'],
      warn: (chosen, other) => ({ code: 'sources-disagree', detail: `${showHours(chosen.value!)} (${chosen.source}) ≠ ${showHours(other.value!)} (${other.source})` }),
    },
  });
}

export function showHours(h: Pick<HoursPerWeek, 'min' | 'max'>): string {
  return h.min === h.max ? `${h.max} h/week` : `${h.min}–${h.max} h/week`;
}
