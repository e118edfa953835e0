/**
 * Rate: euro per hour, as the page states it.
 *
 * Sources, most trusted first: labels ("Tarief: 95 per uur", also in the document title),
 * JSON-LD baseSalary (only per hour, never a placeholder), fact chips ("Max 75 p/u"), then
 * sentences ("maximaal gelijk aan 120 euro per uur"). Unlabelled amounts count only when
 * they speak of a rate or a cap, and after "Geen maximum" only a cap does. A labelled
 * "marktconform" is no amount: the warning quotes it. Labels and JSON-LD that disagree get
 * a warning naming both.
 */
import { fold } from '../../parse/text';
import { type RateReading, parseRate } from '../../parse/rate';
import type { PostingWarning, Rate } from '../../posting';
import { CAP_WORDS, PLACEHOLDER_SALARIES, RATE_WORDS } from '../../vocabulary/money';
import { anyPhrase } from '../../vocabulary/phrases';
import { type Fact, isLabelled } from '../fact';
import { type FieldContext, factsOf, readOnce } from './context';
import { type Decision, type Reading, candidate, decide, no, ok, tiersFrom } from './decide';
import { snippet } from '../../parse/text';

const SPEAKS_OF_RATE = anyPhrase(RATE_WORDS);
const SPEAKS_OF_CAP = anyPhrase(CAP_WORDS);

/** A fact read as a rate, once. */
export function rateReading(fact: Fact): RateReading | null {
  return readOnce(fact, 'rate', () => parseRate(fact.value, { labelled: isLabelled(fact) }));
}

export function decideRate(ctx: FieldContext): Decision<Rate> {
  const labelled = factsOf(ctx, 'rate', ['label', 'inferred-label', 'page-title']);
  const unstated = labelled.find((f) => rateReading(f)?.kind === 'unstated');
  const structuredNotes: PostingWarning[] = [];

  const read = (f: Fact): Reading<Rate> => {
    const words = fold(f.value);
    // A chip that is nothing but euros ("€ 90 - 105" among "📍 Utrecht", "⏱ 32 uur") is the rate.
    const euroChip = f.source === 'chip' && !unstated && /^(?:max\.?\s*)?€/i.test(f.value.trim());
    if (!isLabelled(f) && !euroChip && !(unstated ? SPEAKS_OF_CAP : SPEAKS_OF_RATE).test(words)) {
      return no(unstated ? 'the page says there is no maximum, and this sentence states no cap' : 'does not speak of a rate or a cap');
    }
    const r = rateReading(f);
    if (f.source === 'json-ld') {
      if (!/per uur/.test(f.value)) {
        structuredNotes.push({ code: 'salary-not-hourly', detail: /per (\w+)|\((\w+)\)/.exec(f.value)?.slice(1).find(Boolean) });
        return no('a salary, not per hour');
      }
      if (r?.kind !== 'rate' || [r.min, r.max].every((n) => n === null || PLACEHOLDER_SALARIES.includes(n))) {
        structuredNotes.push({ code: 'salary-placeholder' });
        return no('a placeholder amount');
      }
    }
    // A structured single amount that is the lower end of a range the page shows in a chip
    // ("value": 85 beside "€ 85 - € 100 p/u"): the site filled in one end of it.
    if (f.source === 'json-ld' && r?.kind === 'rate' && r.min === null && r.max !== null && visibleRangeFrom(r.max)) return no('one end of the range the page shows');
    if (r?.kind === 'unstated') return no(`no amount: "${snippet(r.text, 60)}"`);
    if (r?.kind !== 'rate') return no('no hourly amount in it');
    return ok({ min: r.min, max: r.max, currency: 'EUR', text: snippet(r.text, 120) });
  };
  const visibleRangeFrom = (low: number) =>
    factsOf(ctx, 'rate', ['chip']).some((f) => {
      const c = rateReading(f);
      return c?.kind === 'rate' && c.min === low && c.max !== null && c.max > low;
    });
  const from = (sources: Fact['source'][]) => () => factsOf(ctx, 'rate', sources).map((f) => candidate(f, read(f)));

  const decision = decide<Rate>({
    field: 'rate',
    tiers: tiersFrom([['label', 'inferred-label', 'page-title'], ['json-ld'], ['chip'], ['prose']], from),
    show: showRate,
    same: (a, b) => a.min === b.min && a.max === b.max,
    disagreeWarning: {
      sources: ['label', 'inferred-label', 'json-ld'],
      warn: (chosen, other) => ({ code: 'sources-disagree', detail: `${showRate(chosen.value!)} (${chosen.source}) ≠ ${showRate(other.value!)} (${other.source})` }),
    },
  });

  if (decision.value === null) {
    if (unstated) {
      decision.warnings.push({ code: 'rate-not-an-amount', detail: snippet(unstated.snippet, 80) });
      decision.evidence = snippet(unstated.snippet);
    } else decision.warnings.push({ code: 'no-rate' });
  }
  decision.warnings.push(...structuredNotes);
  return decision;
}

export function showRate(r: Pick<Rate, 'min' | 'max'>): string {
  if (r.min !== null && r.max !== null) return `€ ${r.min}–${r.max}`;
  return r.min !== null ? `from € ${r.min}` : `max € ${r.max}`;
}
