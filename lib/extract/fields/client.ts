/**
 * Client: the organisation that hires, never the broker or the portal.
 *
 * Sources, most trusted first: a label ("Opdrachtgever: …"); a broker's own words about
 * whom it works for ("Voor onze eindklant Politie", "namens Bizob", "Voor de gemeente X
 * zoeken wij"), which outrank the JSON-LD hiringOrganization because that is so often the
 * broker itself; JSON-LD; a "Logo van Gemeente X" image; the line just under or above the
 * title; an employer's own site ("Werken bij Gemeente Lindewaard" in the document title); a
 * sentence in which the organisation speaks ("X is op zoek naar", "Als inkoper bij X"); and
 * last the first organisation a body line starts with. A name that is the portal
 * or a known broker is refused.
 */
import { snippet, squash } from '../../parse/text';
import { cleanClient, clientFromLogos, clientNamedAsHiring, clientOnBehalfOf, isBroker, looksLikeOrganisation, organisationAtStart } from '../client';
import type { SourceKind } from '../fact';
import type { PageLine } from '../page-reading';
import { type FieldContext, factsOf } from './context';
import { type Candidate, type Decision, type Reading, candidate, decide, no, ok } from './decide';

/** A comma and the first of an organisation's own parts: ", DG …", ", directie …", ", afdeling …". */
const ORGANISATION_PARTS = /,\s*(?:DG|directoraat-generaal|directie|afdeling|cluster|team|sector|dienst|domein|unit|bureau|programma|directorate|department|division)\b.*$/i;

export function decideClient(ctx: FieldContext): Decision<string> {
  const accept = (name: string | null | undefined): Reading<string> => {
    if (!name) return no('names no organisation');
    // "Ministerie van BZK, DG Digitalisering en Overheidsorganisatie, directie Digitale Samenleving":
    // the organisation, then the parts of it the work is for.
    const clean = cleanClient(squash(name).split(/\s+[|–—]\s+/)[0].replace(ORGANISATION_PARTS, ''));
    if (clean.length < 2 || clean.length > 100) return no('not a name');
    if (isBroker(clean, ctx.broker)) return no('the portal or a broker, not the client');
    return ok(clean);
  };
  const at = (source: SourceKind, text: string, line: number, name: string | null | undefined, hidden = false): Candidate<string> =>
    candidate({ source, snippet: text, line, hidden }, accept(name));
  const bodyLines = function* (from = 0): Generator<[PageLine, number]> {
    for (let i = Math.max(from, 0); i < ctx.lines.length; i++) if (!ctx.lines[i].noise) yield [ctx.lines[i], i];
  };

  return decide<string>({
    field: 'client',
    tiers: [
      { sources: ['label', 'inferred-label'], candidates: () => factsOf(ctx, 'client', ['label', 'inferred-label']).map((f) => candidate(f, accept(f.value))) },
      {
        sources: ['client-cue'],
        *candidates() {
          for (const [line, i] of bodyLines()) {
            const name = clientOnBehalfOf(line.text);
            // "De Dienst Justitiële Inrichtingen zorgt namens het ministerie …": an organisation
            // working for its parent is itself the client (the weaker tiers find it); a broker
            // ("Flinter zoekt namens …") speaks of its client.
            const subject = name && organisationAtStart(line.text);
            if (name && !(subject && subject !== name && !isBroker(subject, ctx.broker))) yield at('client-cue', line.text, i, name, line.hidden);
          }
        },
      },
      { sources: ['json-ld'], candidates: () => factsOf(ctx, 'client', ['json-ld']).map((f) => candidate(f, accept(f.value))) },
      {
        sources: ['logo'],
        candidates: () => {
          const logo = clientFromLogos(ctx.imageAlts);
          return logo ? [at('logo', logo.snippet, -1, logo.name)] : [];
        },
      },
      {
        sources: ['near-title'],
        *candidates() {
          // Job boards put the organisation just under the title, some just above it.
          if (ctx.titleLine < 0) return;
          for (const d of [1, 2, 3, -1, -2, -3]) {
            const line = ctx.lines[ctx.titleLine + d];
            if (!line || line.noise) continue;
            const name = looksLikeOrganisation(line.text) ? line.text : organisationAtStart(line.text);
            if (name) yield at('near-title', line.text, ctx.titleLine + d, name);
          }
        },
      },
      {
        // An employer's own site: "… | Werken bij Gemeente Lindewaard".
        sources: ['page-title'],
        *candidates() {
          for (const title of [ctx.head.documentTitle, ctx.head.siteName]) {
            const m = title ? /\bwerken bij\s+(?:de\s+|het\s+)?([^|–—]+?)\s*(?:[|–—]|$)/i.exec(title) : null;
            if (m && looksLikeOrganisation(m[1]) && /\s/.test(m[1].trim())) yield at('page-title', title!, -1, m[1]);
          }
        },
      },
      {
        sources: ['prose'],
        *candidates() {
          // The "namens X" cues were read by the client-cue tier already.
          for (const [line, i] of bodyLines()) {
            const name = clientNamedAsHiring(line.text);
            if (name) yield at('prose', line.text, i, name, line.hidden);
          }
          // Last resort: the first organisation the body names ("Waterschap Rivierenland zorgt voor …").
          for (const [line, i] of bodyLines(ctx.titleLine)) {
            const name = line.item ? null : organisationAtStart(line.text);
            if (name) yield at('prose', line.text, i, name, line.hidden);
          }
        },
      },
    ],
    show: (name) => snippet(name, 80),
  });
}
