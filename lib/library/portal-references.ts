/**
 * The postings a portal's reference finds ("striive.com S-9"): a posting captured again under
 * another address is the same posting when its portal and reference agree (lib/db/postings.ts).
 * Kept as an index of ids under each key, in pages (lib/db/paged-map.ts).
 */
import type { PostingSummary } from './posting-summary';

/** The key of a portal and reference as the page gives them; null without a reference. */
export function portalReferenceKey(sourceHost: string | null, reference: string | null): string | null {
  return reference ? `${(sourceHost ?? '').replace(/^www\./, '')} ${reference}` : null;
}

// A list row carries the portal (without www.) and the reference as corrected by the user.
const keyOfRow = (s: PostingSummary) => portalReferenceKey(s.sourceHost, s.reference);

/**
 * The index's entries after postings changed (`before`: their list rows as they were, absent
 * for new postings; `after`: as they are now, absent for deleted ones). `current`: the entries
 * of the keys either names, as stored. A key left without postings is removed (null).
 */
export function movedReferences(
  before: readonly PostingSummary[],
  after: readonly PostingSummary[],
  current: { get(key: string): readonly string[] | undefined },
): Map<string, string[] | null> {
  const leaving = new Set([...before, ...after].map((s) => s.id));
  const ids = new Map<string, string[]>();
  for (const key of touchedReferences(before, after)) ids.set(key, (current.get(key) ?? []).filter((id) => !leaving.has(id)));
  for (const s of after) {
    const key = keyOfRow(s);
    if (key) ids.get(key)!.push(s.id);
  }
  return new Map([...ids].map(([key, list]) => [key, list.length > 0 ? list.sort() : null]));
}

export function touchedReferences(before: readonly PostingSummary[], after: readonly PostingSummary[]): Set<string> {
  return new Set([...before, ...after].map(keyOfRow).filter((k): k is string => k !== null));
}
