/**
 * Location: the place, not the address or the building. Sources, most trusted first: a
 * place label ("Locatie", "Standplaats"), a region label ("Regio: Twente"), JSON-LD
 * jobLocation, a place-name chip ("Flevoland"), a postal address below the title ("Amstel 1,
 * 1011 PN Amsterdam"), a region read from wording alone, a sentence ("op ons kantoor …
 * in Tiel"), and last the municipality that is the client. A region without a colon is so often the client's own name ("Provincie
 * Zuid-Holland" under the title) that the place the page gives for the work comes first.
 */
import { squash } from '../../parse/text';
import type { Fact } from '../fact';
import { cleanPlace, placeFromAddress, placeFromProse, placeInSentence } from '../find-location';
import { type FieldContext, factsOf } from './context';
import { type Decision, candidate, decide, no, ok } from './decide';

export function decideLocation(ctx: FieldContext, client: string | null = null): Decision<string> {
  const read = (f: Fact) => {
    if (f.value.length > 80) {
      // A sentence under the label: the place it names ("… aan het Zuid-Hollandplein in Den Haag, hybride …").
      const named = placeInSentence(f.value);
      return named ? ok(named) : no('too long for a place');
    }
    const place = cleanPlace(f.value);
    return place.length >= 2 ? ok(place) : no('names no place');
  };
  const facts = (field: 'location' | 'region', sources: Fact['source'][]) => () => factsOf(ctx, field, sources).map((f) => candidate(f, read(f)));
  const LABELS: Fact['source'][] = ['label', 'inferred-label'];
  return decide<string>({
    field: 'location',
    tiers: [
      { sources: LABELS, candidates: facts('location', LABELS) },
      { sources: ['label'], candidates: facts('region', ['label']) },
      { sources: ['json-ld'], candidates: facts('location', ['json-ld']) },
      { sources: ['chip'], candidates: facts('location', ['chip']) },
      {
        sources: ['prose'],
        candidates: () => {
          const found = placeFromAddress(ctx.lines, ctx.titleLine);
          return found ? [candidate({ source: 'prose', snippet: found.snippet, line: found.line, hidden: false }, ok(found.value))] : [];
        },
      },
      { sources: ['inferred-label'], candidates: facts('region', ['inferred-label']) },
      {
        sources: ['prose'],
        candidates: () => {
          const found = placeFromProse(ctx.lines);
          return found ? [candidate({ source: 'prose', snippet: found.snippet, line: found.line, hidden: false }, ok(squash(found.value)))] : [];
        },
      },
      {
        // Nothing else: a municipality's assignment is in that municipality ("Gemeente Brakelveen").
        sources: ['derived'],
        candidates: () => {
          const town = client ? /^gemeente\s+(.+)$/i.exec(client)?.[1] : undefined;
          return town ? [candidate({ source: 'derived', snippet: `the client: ${client}`, line: -1, hidden: false }, ok(town))] : [];
        },
      },
    ],
    show: (p) => p,
  });
}
