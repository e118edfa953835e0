/**
 * Turn a capture into the library record: a new one, or the existing one refreshed.
 * Page facts are replaced; corrections, checklist work, status and notes are kept.
 */
import type { Posting } from '../posting';
import { type SavedPosting, effective } from '../saved-posting';
import { canonicalUrl } from './canonical-url';
import { recaptureChanges } from './recapture-changes';
import { fromRequirement, mergeChecklist } from './checklist-merge';

export interface CaptureContext {
  /** ISO timestamp of the capture. */
  at: string;
  newId: () => string;
}

export function savedFromCapture(posting: Posting, existing: SavedPosting | null, { at, newId }: CaptureContext): SavedPosting {
  const base: SavedPosting = existing
    ? {
        ...existing,
        extracted: posting,
        lastRecapture: recaptureChanges(existing.extracted, posting, existing.corrections, at),
        checklist: mergeChecklist(existing.checklist, posting.requirements, newId),
        lastCapturedAt: at,
        updatedAt: at,
      }
    : {
        id: newId(),
        canonicalUrl: canonicalUrl(posting.url),
        extracted: posting,
        corrections: {},
        checklist: posting.requirements.map((r) => fromRequirement(r, newId())),
        status: 'new',
        notes: '',
        capturedAt: at,
        lastCapturedAt: at,
        updatedAt: at,
        sort: { deadline: '', rate: 0, sourceHost: '', reference: '' },
      };
  return withSortKeys(base);
}

/** Recompute the denormalised sort keys from page facts and corrections. */
export function withSortKeys(saved: SavedPosting): SavedPosting {
  const p = effective(saved);
  return {
    ...saved,
    sort: {
      deadline: p.deadline ?? '',
      rate: p.rate?.max ?? p.rate?.min ?? 0,
      sourceHost: (p.sourceHost ?? '').replace(/^www\./, ''),
      reference: p.reference ?? '',
    },
  };
}
