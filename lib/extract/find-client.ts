/**
 * The client: labels first, then structured data, a "Logo van …" image, the line just
 * under or above the title, a sentence naming it, and last the first organisation the
 * body names. A broker or the portal itself never counts.
 */
import { squash } from '../parse/text';
import { type BrokerContext, cleanClient, clientFromProse, isBroker, looksLikeOrganisation, organisationAtStart } from './client';
import type { Fact } from './fact';
import type { PageLine } from './page-lines';
import type { StructuredFacts } from './structured-data';

export interface ClientInputs {
  /** Facts for the client field, most trusted first. */
  clientFacts: Fact[];
  lines: PageLine[];
  structured: StructuredFacts;
  titleLine: number;
  broker: BrokerContext;
  logoClient: { name: string; snippet: string } | null;
}

export function findClient({ clientFacts, lines, structured, titleLine, broker, logoClient }: ClientInputs): { value: string; snippet: string } | null {
  const accept = (name: string | null | undefined) => {
    if (!name) return null;
    const clean = cleanClient(squash(name).split(/\s+[|–—]\s+/)[0]);
    return clean.length >= 2 && clean.length <= 100 && !isBroker(clean, broker) ? clean : null;
  };
  const candidates: (() => { value: string | null; snippet: string } | null)[] = [
    ...clientFacts.filter((f) => f.tier <= 2).map((f) => () => ({ value: accept(f.value), snippet: f.snippet })),
    () => ({ value: accept(structured.client), snippet: `JSON-LD hiringOrganization: ${structured.client}` }),
    () => logoClient && { value: accept(logoClient.name), snippet: logoClient.snippet },
    // Job boards put the organisation just under the title, some just above it.
    ...[1, 2, 3, -1, -2, -3].map((d) => () => {
      const line = titleLine >= 0 ? lines[titleLine + d] : undefined;
      if (!line || line.noise) return null;
      return { value: accept(looksLikeOrganisation(line.text) ? line.text : organisationAtStart(line.text)), snippet: line.text };
    }),
    ...lines.map((line) => () => (line.noise ? null : { value: accept(clientFromProse(line.text)), snippet: line.text })),
    // Last resort: the first organisation the body names ("Waterschap Rivierenland zorgt voor …").
    ...lines
      .slice(Math.max(titleLine, 0))
      .map((line) => () => (line.noise || line.item ? null : { value: accept(organisationAtStart(line.text)), snippet: line.text })),
  ];
  for (const candidate of candidates) {
    const found = candidate();
    if (found?.value) return { value: found.value, snippet: found.snippet };
  }
  return null;
}
