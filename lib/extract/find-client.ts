/**
 * The client: labels first, then structured data, a "Logo van …" image, the line just
 * under or above the title, a sentence naming it, and last the first organisation the
 * body names. A broker or the portal itself never counts.
 */
import { squash } from '../parse/text';
import { type BrokerContext, cleanClient, clientFromProse, isBroker, looksLikeOrganisation, organisationAtStart } from './client';
import type { Fact } from './fact';
import type { PageLine } from './page-reading';
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
  // Candidates most trusted first, produced one at a time: most pages stop at the first.
  function* candidates(): Generator<{ value: string | null | undefined; snippet: string }> {
    for (const f of clientFacts) if (f.tier <= 2) yield { value: f.value, snippet: f.snippet };
    yield { value: structured.client, snippet: `JSON-LD hiringOrganization: ${structured.client}` };
    if (logoClient) yield { value: logoClient.name, snippet: logoClient.snippet };
    // Job boards put the organisation just under the title, some just above it.
    for (const d of [1, 2, 3, -1, -2, -3]) {
      const line = titleLine >= 0 ? lines[titleLine + d] : undefined;
      if (line && !line.noise) yield { value: looksLikeOrganisation(line.text) ? line.text : organisationAtStart(line.text), snippet: line.text };
    }
    for (const line of lines) if (!line.noise) yield { value: clientFromProse(line.text), snippet: line.text };
    // Last resort: the first organisation the body names ("Waterschap Rivierenland zorgt voor …").
    for (const line of lines.slice(Math.max(titleLine, 0))) {
      if (!line.noise && !line.item) yield { value: organisationAtStart(line.text), snippet: line.text };
    }
  }
  for (const found of candidates()) {
    const value = accept(found.value);
    if (value) return { value, snippet: found.snippet };
  }
  return null;
}
