import type { LabelField } from './labels';

/**
 * Where a piece of evidence was read. Each field's rule (fields/) lists these in its own
 * trust order; nothing else ranks them.
 */
export type SourceKind =
  /** schema.org JobPosting in JSON-LD. */
  | 'json-ld'
  /** Label and value paired by the page's structure or a colon ("Uren per week" / "32"). */
  | 'label'
  /** A label recognised by its wording: "Plaats Den Haag", glued "Opdracht tarief 115Opdracht uren 32". */
  | 'inferred-label'
  /** A "Label value" part of the document title ("… | Sluitingsdatum 17 sept 2026 | …"). */
  | 'page-title'
  /** The posting's main heading. */
  | 'heading'
  /** og:title and similar meta tags. */
  | 'meta'
  /** An unlabelled fact near the title or in a practical-details list ("Max 75 p/u", "32 uur p/w"). */
  | 'chip'
  /** "Logo van Gemeente Arnhem". */
  | 'logo'
  /** The line just under or above the title. */
  | 'near-title'
  /** A sentence that names the client for whom the broker works ("Voor onze eindklant Politie", "namens Bizob"). */
  | 'client-cue'
  /** A sentence ("De opdracht sluit 04-09-2025", "X is op zoek naar"). */
  | 'prose'
  /** Worked out from other fields (a duration from the start and end dates). */
  | 'derived';

/** One piece of page text for one field, and where it came from. */
export interface Fact {
  field: LabelField;
  source: SourceKind;
  /** Text to parse; for prose it starts at the keyword that introduced the fact. */
  value: string;
  /** The page text it was read from, for `evidence` and `--explain`. */
  snippet: string;
  /** Line index in the page reading (-1 for the head and JSON-LD). */
  line: number;
  hidden: boolean;
}

/** The page pairs a label with this value (also JSON-LD, whose keys are labels too). */
export function isLabelled(fact: Pick<Fact, 'source'>): boolean {
  return fact.source === 'label' || fact.source === 'inferred-label' || fact.source === 'page-title' || fact.source === 'json-ld';
}
