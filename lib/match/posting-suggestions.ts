/**
 * Suggestions for a saved posting's checklist, from the user's stored CV: one per checklist
 * item (page items and the user's own), by item id. Computed when shown, never stored in
 * the checklist: the user's own state and evidence stay theirs, and a suggestion can only
 * be copied in by the user ("Use this").
 */
import type { CvProfile } from '../cv/cv';
import { BULLET } from '../cv/read-cv';
import { effectiveCv, type StoredProfile } from '../cv/stored-profile';
import { type ChecklistItem, type RequirementState, type SavedPosting, effective } from '../saved-posting';
import { type CvIndex, indexCv } from './cv-index';
import { matchRequirement } from './match';
import type { Suggestion, Verdict } from './suggestion';

/** Has the user stored a CV worth matching against? */
export const hasCv = (profile: StoredProfile | undefined): profile is StoredProfile => Boolean(profile && profile.cvText.trim().length > 0);

/** The CV ready for matching, with the user's corrections and own synonyms. */
export function cvIndexOf(profile: StoredProfile): CvIndex {
  return indexCv(effectiveCv(profile), profile.synonyms);
}

export function suggestionsFor(saved: SavedPosting, profile: StoredProfile, index = cvIndexOf(profile)): Map<string, Suggestion> {
  const p = effective(saved);
  // "heden" and the windows count from the day the posting was captured, as the labels do.
  const today = saved.capturedAt.slice(0, 10);
  const ctx = { index, profile: profile.settings, posting: p, today };
  return new Map(saved.checklist.map((item) => [item.id, matchRequirement(item.text, ctx)]));
}

const STATE_OF: Record<Verdict, RequirementState> = { met: 'met', unclear: 'partly', unmet: 'not-met' };

/** An evidence line as people read it: a CV line without its bullet, or what the profile says. */
export function evidenceText(e: Suggestion['evidence'][number], profile: (field: keyof CvProfile) => string): string {
  const field = /^profile:(\w+)$/.exec(e.text)?.[1];
  return field ? profile(field as keyof CvProfile) : e.text.replace(BULLET, '');
}

/** What "Use this" writes into the user's checklist item: the state, and the evidence as text. */
export function acceptedSuggestion(s: Suggestion, profile: (field: keyof CvProfile) => string): Pick<ChecklistItem, 'state' | 'evidence'> {
  const lines = s.evidence.map((e) => evidenceText(e, profile));
  return { state: STATE_OF[s.verdict], evidence: [s.years !== null ? s.why : null, ...lines].filter(Boolean).join('\n') };
}

/** Is the user's item already what the suggestion says? Then there is nothing to accept. */
export function agrees(item: ChecklistItem, s: Suggestion): boolean {
  return item.state === STATE_OF[s.verdict] && item.evidence.trim() !== '';
}
