import type { LabelField } from './labels';

/**
 * One piece of evidence for one field: where it came from and how much to trust it.
 * Tiers, most trusted first: 0 structured data, 1 label/value by structure or colon,
 * 2 label inferred from wording, 3 unlabelled fact chip, 4 prose.
 */
export interface Fact {
  field: LabelField;
  /** Text to parse; for prose it starts at the keyword that introduced the fact. */
  value: string;
  snippet: string;
  tier: 0 | 1 | 2 | 3 | 4;
  line: number;
  hidden: boolean;
}

/** Trust order: structured data and labels first, visible before hidden, then page order. */
export function byTrust(a: Fact, b: Fact): number {
  return a.tier - b.tier || Number(a.hidden) - Number(b.hidden) || a.line - b.line;
}
