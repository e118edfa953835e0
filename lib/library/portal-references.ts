/**
 * The postings a portal's reference finds ("striive.com S-9"): a posting captured again under
 * another address is the same posting when its portal and reference agree (lib/db/postings.ts).
 * Kept as an index of ids under each key, in pages (lib/db/paged-map.ts).
 */
import { type MemberIndex, movedMembers, touchedBy } from './moved-members';
import type { PostingSummary } from './posting-summary';

/** The key of a portal and reference as the page gives them; null without a reference. */
export function portalReferenceKey(sourceHost: string | null, reference: string | null): string | null {
  return reference ? `${(sourceHost ?? '').replace(/^www\./, '')} ${reference}` : null;
}

// A list row carries the portal (without www.) and the reference as corrected by the user.
const REFERENCES: MemberIndex<string> = {
  keysOf: (s) => {
    const key = portalReferenceKey(s.sourceHost, s.reference);
    return key ? [key] : [];
  },
  memberOf: (s) => s.id,
  idOf: (id) => id,
};

/** Every key a change touches: the ones the postings had and the ones they have. */
export const touchedReferences = (before: readonly PostingSummary[], after: readonly PostingSummary[]) => touchedBy(REFERENCES, before, after);

/** The index's entries after postings changed (moved-members.ts): the ids under each portal reference. */
export const movedReferences = (before: readonly PostingSummary[], after: readonly PostingSummary[], current: { get(key: string): readonly string[] | undefined }) =>
  movedMembers(REFERENCES, before, after, current);
