/**
 * How a posting was read: per field the candidates weighed (source, page text, value) and
 * what became of each; per requirement section its heading and the kind it gave. This is
 * what `npm run extract -- --explain` prints and what the side panel can show when a user
 * asks "where does this number come from?". Plain data with a schema, so it can cross
 * from the background to a view.
 */
import { z } from 'zod';
import { PostingField } from '../posting';

export const Considered = z.object({
  source: z.string(),
  text: z.string(),
  value: z.string().nullable(),
  outcome: z.enum(['chosen', 'outranked', 'rejected']),
  why: z.string(),
});

export const FieldExplanation = z.object({
  field: PostingField,
  /** The source kind of the chosen value, null when nothing was chosen. */
  source: z.string().nullable(),
  /** The page text the value came from (also the posting's `evidence`). */
  evidence: z.string().nullable(),
  /** A value was read (false when every candidate was refused, or there was none). */
  shown: z.boolean(),
  considered: z.array(Considered),
});

export const SectionExplanation = z.object({
  heading: z.string(),
  kind: z.enum(['knockout', 'wish', 'other', 'mixed', 'competency']),
  items: z.number().int().min(0),
  why: z.string(),
});

export const Explanation = z.object({
  fields: z.array(FieldExplanation),
  requirements: z.array(SectionExplanation),
});

export type Considered = z.infer<typeof Considered>;
export type FieldExplanation = z.infer<typeof FieldExplanation>;
export type Explanation = z.infer<typeof Explanation>;
