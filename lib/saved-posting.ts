/**
 * A posting in the user's library: what the page said (`extracted`, refreshed on every
 * capture), what the user corrected (`corrections`, never overwritten by a capture) and
 * the user's own work (checklist, status, notes). Keeping the three apart is what lets a
 * re-capture refresh the page facts without losing anything the user did, and lets
 * backup/restore, CV matching and reminders read one well-defined shape.
 */
import { z } from 'zod';
import { RecaptureChanges } from './library/recapture-changes';
import { Posting, RequirementKind } from './posting';

export const PostingStatus = z.enum(['new', 'interested', 'bidding', 'submitted', 'won', 'lost', 'dropped']);

/** How a requirement stands against the user's CV. */
export const RequirementState = z.enum(['open', 'met', 'partly', 'not-met']);

export const ChecklistItem = z.object({
  /** Stable id, so evidence and later CV suggestions can refer to the item. */
  id: z.string().min(1),
  kind: RequirementKind,
  text: z.string().min(1),
  weight: z.number().nonnegative().optional(),
  code: z.string().optional(),
  /** "page": read from the posting; "user": added by the user. */
  origin: z.enum(['page', 'user']),
  /** The page text the item was read from, to recognise it on the next capture even after the user edits `text`. */
  pageText: z.string().optional(),
  state: RequirementState,
  /** Where in the CV the requirement is shown ("moet blijken uit cv"). */
  evidence: z.string(),
  notes: z.string(),
  /** A page item that the latest capture no longer shows; kept because the user worked on it. */
  goneFromPage: z.boolean().optional(),
});

/** Fields the user may correct; a correction wins over the page and survives re-capture. */
export const Corrections = Posting.pick({
  title: true,
  client: true,
  location: true,
  rate: true,
  hoursPerWeek: true,
  deadline: true,
  postedDate: true,
  startDate: true,
  startAsap: true,
  endDate: true,
  durationMonths: true,
  extension: true,
  reference: true,
}).partial();

/** One change of status, kept so the overview can show the pipeline over time. */
export const StatusChange = z.object({
  status: PostingStatus,
  /** ISO timestamp. */
  at: z.string(),
  /** The hourly rate offered in the bid, recorded when the bid is submitted. */
  offeredRate: z.number().positive().max(10_000).optional(),
});

export const SavedPosting = z.object({
  id: z.string().min(1),
  /** The URL normalised for matching re-captures (no fragment, no tracking parameters). */
  canonicalUrl: z.string(),
  extracted: Posting,
  corrections: Corrections,
  checklist: z.array(ChecklistItem),
  status: PostingStatus,
  notes: z.string(),
  /** Every status change with its date; absent on postings saved before the history was kept. */
  statusHistory: z.array(StatusChange).optional(),
  /**
   * The same assignment published on several portals: postings the user linked share this id
   * (and their checklist work). Absent when the posting stands alone.
   */
  assignmentId: z.string().min(1).optional(),
  /** Postings the user said are not the same assignment, so they are not suggested again. */
  notSameAs: z.array(z.string()).optional(),
  /** What the latest re-capture changed (facts, corrections that now differ, requirements); absent after the first capture. */
  lastRecapture: RecaptureChanges.optional(),
  /** ISO timestamps. */
  capturedAt: z.string(),
  lastCapturedAt: z.string(),
  updatedAt: z.string(),
  /** Denormalised for indexes and sorting (derived from extracted + corrections on every write). */
  sort: z.object({
    /** Effective deadline, or "" when none (sorts first in ascending order, handled by the list). */
    deadline: z.string(),
    /** Highest hourly rate, 0 when unknown. */
    rate: z.number(),
    sourceHost: z.string(),
    reference: z.string(),
  }),
});

export type PostingStatus = z.infer<typeof PostingStatus>;
export type RequirementState = z.infer<typeof RequirementState>;
export type ChecklistItem = z.infer<typeof ChecklistItem>;
export type Corrections = z.infer<typeof Corrections>;
export type SavedPosting = z.infer<typeof SavedPosting>;
export type StatusChange = z.infer<typeof StatusChange>;
export type CorrectableField = keyof Corrections;

/** The posting as the user sees it: corrections over page facts. */
export function effective(saved: SavedPosting): Posting {
  return { ...saved.extracted, ...definedOnly(saved.corrections) };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
