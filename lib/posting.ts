/**
 * The Posting: what BidPrep reads from one assignment page ("opdracht").
 *
 * This schema is the contract between the extractor (content script, CLI),
 * the background that stores postings and every view that shows them.
 * Anything that crosses a boundary is parsed with it once, at that edge;
 * the TypeScript types below are inferred from it so they cannot drift.
 */
import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** A calendar day with an optional local time, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
export const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm');

/** Hourly rate in euro, excluding VAT as the page states it. Either bound may be open. */
export const Rate = z.object({
  min: z.number().positive().nullable(),
  max: z.number().positive().nullable(),
  currency: z.literal('EUR'),
  /** The words the page used, e.g. "Max 75 p/u". */
  text: z.string(),
});

export const HoursPerWeek = z.object({
  min: z.number().positive().max(80),
  max: z.number().positive().max(80),
  text: z.string(),
});

/** knockout = eis (miss one and the bid is out); wish = wens (scored); other = unclassified profile item. */
export const RequirementKind = z.enum(['knockout', 'wish', 'other']);

export const Requirement = z.object({
  kind: RequirementKind,
  text: z.string().min(1),
  /** Weight as printed: percent, points or "Weging" number. */
  weight: z.number().nonnegative().optional(),
  /** The page's own code for the item ("K1", "E2", "W3", "4"), kept for the bid document. */
  code: z.string().optional(),
});

/** Field names that carry a source snippet in `evidence`. */
export const PostingField = z.enum([
  'title',
  'client',
  'location',
  'rate',
  'hoursPerWeek',
  'deadline',
  'postedDate',
  'startDate',
  'endDate',
  'durationMonths',
  'extension',
  'reference',
]);

/**
 * What could not be read. A code, so the popup and side panel can say it in the user's
 * language, and the detail from the page where there is one (a year, a date, a snippet).
 */
export const WarningCode = z.enum([
  'page-empty',
  /** A search-results page; detail: how many postings it lists. */
  'list-of-postings',
  /** Too deep or too large for Readability: the description is the page's text after the title. */
  'page-too-complex',
  'no-title',
  'no-deadline',
  'no-hours',
  'no-requirements',
  'no-rate',
  /** "marktconform", "Geen maximum"; detail: the page's words. */
  'rate-not-an-amount',
  /** detail: the structured data's unit ("month", "year"). */
  'salary-not-hourly',
  'salary-placeholder',
  /** detail: the year taken. */
  'deadline-year-assumed',
  /** detail: the other closing dates, comma-separated. */
  'several-deadlines',
  /** The closing date the page shows differs from its JSON-LD validThrough; detail: "shown|structured" (ISO). */
  'deadline-differs-from-structured-data',
  /** Two trusted sources give different values; detail: "chosen (source) ≠ other (source)". */
  'sources-disagree',
  /** detail: the publication date that was dropped. */
  'posted-after-deadline',
  /** detail: the start date taken (the 1st of the month). */
  'start-month-only',
  'saved-by-hand',
  /** A warning from an older version that has no code; detail: its text. */
  'other',
]);

export const PostingWarning = z.object({
  code: WarningCode,
  detail: z.string().optional(),
});

export const Posting = z.object({
  url: z.string(),
  sourceHost: z.string().nullable(),
  title: z.string().nullable(),
  client: z.string().nullable(),
  location: z.string().nullable(),
  rate: Rate.nullable(),
  hoursPerWeek: HoursPerWeek.nullable(),
  /** Closing date for applications, local time when a time is given. */
  deadline: IsoDateTime.nullable(),
  postedDate: IsoDate.nullable(),
  startDate: IsoDate.nullable(),
  /** "z.s.m.", "per direct", "ASAP": no date, but the user must be available now. */
  startAsap: z.boolean(),
  endDate: IsoDate.nullable(),
  durationMonths: z.number().positive().nullable(),
  extension: z.string().nullable(),
  reference: z.string().nullable(),
  requirements: z.array(Requirement),
  /** The posting body as plain text; paragraphs separated by blank lines, list items by "- ". */
  description: z.string(),
  /** For every filled field, the page text it was read from. */
  evidence: z.partialRecord(PostingField, z.string()),
  /** What could not be read. */
  warnings: z.array(PostingWarning),
});

export type IsoDate = z.infer<typeof IsoDate>;
export type Rate = z.infer<typeof Rate>;
export type HoursPerWeek = z.infer<typeof HoursPerWeek>;
export type RequirementKind = z.infer<typeof RequirementKind>;
export type Requirement = z.infer<typeof Requirement>;
export type PostingField = z.infer<typeof PostingField>;
export type WarningCode = z.infer<typeof WarningCode>;
export type PostingWarning = z.infer<typeof PostingWarning>;
export type Posting = z.infer<typeof Posting>;
