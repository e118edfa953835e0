/**
 * Index keys that bring the possible twins of a posting out of a library of thousands with
 * a few indexed lookups, each posting stored under a handful of keys:
 * - "c:utrecht": the client's name (and its other spellings): a twin has the same client;
 * - "h:@project-lead": a main title word of a page that hides its client ("Grote gemeente in
 *   Noord-Holland"), which any posting with that word may be the twin of;
 * - "t:omgevingswet": every main title word, for a page that hides its client to look up
 *   its possible twins by its rarest words;
 * - "r:utr20254471": the client's reference.
 * The caller then compares titles on the cards stored under the keys (same-key-cards.ts)
 * before reading any posting in full.
 */
import type { Posting } from '../posting';
import { clientKey, referenceKey, titleIgnore, titleWords } from './assignment-key';

type Keyed = Pick<Posting, 'client' | 'title' | 'location' | 'reference'>;

function parts(p: Keyed) {
  const client = clientKey(p.client);
  const ignore = titleIgnore([...(client?.words ?? []), p.location ?? '']);
  const words = [...new Set(titleWords(p.title).filter((w) => w.weight >= 1 && !ignore.has(w.word)).map((w) => w.word))];
  return { names: client?.names ?? [], words, ref: referenceKey(p.reference) };
}

/** The keys a posting is stored under. */
export function sameAssignmentKeys(p: Keyed): string[] {
  const { names, words, ref } = parts(p);
  const keys = new Set<string>(names.map((n) => `c:${n}`));
  for (const w of words) {
    keys.add(`t:${w}`);
    if (names.length === 0) keys.add(`h:${w}`);
  }
  if (ref) keys.add(`r:${ref}`);
  return [...keys];
}

/**
 * What to look up for a posting: `exact` keys (its client, pages hiding theirs that share a
 * title word, its reference) and, for a page hiding its own client, `byWord` keys of which
 * the caller takes the rarest (a twin shares most title words, so it is under the rarest).
 */
export function lookupKeys(p: Keyed): { exact: string[]; byWord: string[] } {
  const { names, words, ref } = parts(p);
  const exact = new Set<string>(names.map((n) => `c:${n}`));
  for (const w of words) exact.add(`h:${w}`);
  if (ref) exact.add(`r:${ref}`);
  return { exact: [...exact], byWord: names.length === 0 ? words.map((w) => `t:${w}`) : [] };
}
