/**
 * What the matcher suggests for one requirement: a verdict, up to three evidence lines
 * from the CV (best first, each pointing to its line and experience entry) and, for a
 * duration, the years the CV shows inside the asked window. A suggestion never replaces
 * the user's own checklist state: it is shown beside it, to accept with one click.
 */
import { z } from 'zod';

export const Verdict = z.enum(['met', 'unclear', 'unmet']);
export type Verdict = z.infer<typeof Verdict>;

export const Evidence = z.object({
  text: z.string(),
  /** Index of the CV line, or null when the profile decided ("profile:hourlyRate"). */
  line: z.number().int().nullable(),
  entry: z.number().int().nullable(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Suggestion = z.object({
  verdict: Verdict,
  evidence: z.array(Evidence).max(3),
  years: z.number().nullable(),
  /** One line for people: "5 jaar 4 mnd in de afgelopen 8 jaar: 2019–heden Projectleider Gemeente X". */
  why: z.string(),
});
export type Suggestion = z.infer<typeof Suggestion>;
