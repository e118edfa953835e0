/**
 * Reference: the portal's id for the posting ("SRQ178118", "YIS 9101849"). A label wins
 * ("Aanvraagnummer", "Referentiecode", "Job Ref"); the JSON-LD identifier counts only when
 * the page shows it too (portals put database keys there).
 */
import { snippet, squash } from '../../parse/text';
import type { Fact } from '../fact';
import { type FieldContext, factsOf } from './context';
import { type Decision, candidate, decide, no, ok, tiersFrom } from './decide';

export function decideReference(ctx: FieldContext): Decision<string> {
  const read = (f: Fact) => {
    const id = squash(f.value.split(/\s+[|·]\s+/)[0]);
    if (!/\d/.test(id)) return no('has no digits: not an id');
    if (id.length > 40) return no('too long for an id');
    if (f.source === 'json-ld' && !ctx.lines.some((l) => !l.noise && l.text.includes(id))) return no('not shown on the page');
    return ok(id);
  };
  const from = (sources: Fact['source'][]) => () => factsOf(ctx, 'reference', sources).map((f) => candidate(f, read(f)));
  return decide<string>({
    field: 'reference',
    tiers: tiersFrom([['label', 'inferred-label'], ['json-ld']], from),
    show: (v) => snippet(v, 60),
  });
}
