/**
 * Index keys that bring the possible twins of a posting out of a library of thousands with
 * a few indexed lookups. Two postings of one assignment share a key, because
 * same-assignment.ts asks for the same client (or a page hiding it) and titles that share
 * their main words:
 * - "c:utrecht:@project-lead": the client's name with each main title word;
 * - "h:@project-lead": a title word of a page that hides its client ("Grote gemeente in
 *   Noord-Holland"), which any posting with that word may be the twin of;
 * - "t:omgevingswet": every main title word, for a page that hides its client to look up its
 *   possible twins by its rarest words;
 * - "r:utr20254471": the client's reference.
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
  const keys = new Set<string>();
  for (const name of names) {
    if (words.length === 0) keys.add(`c:${name}`);
    for (const w of words) keys.add(`c:${name}:${w}`);
  }
  for (const w of words) {
    keys.add(`t:${w}`);
    if (names.length === 0) keys.add(`h:${w}`);
  }
  if (ref) keys.add(`r:${ref}`);
  return [...keys];
}

/**
 * What to look up for a posting: `exact` keys, each naming a few postings; and, for a page
 * that hides its client, `byWord` keys of which the caller takes the rarest (its twin shares
 * most title words, so it is under the rarest ones).
 */
export function lookupKeys(p: Keyed): { exact: string[]; byWord: string[] } {
  const { names, words, ref } = parts(p);
  const exact = new Set<string>();
  for (const name of names) {
    if (words.length === 0) exact.add(`c:${name}`);
    for (const w of words) exact.add(`c:${name}:${w}`);
  }
  for (const w of words) exact.add(`h:${w}`);
  if (ref) exact.add(`r:${ref}`);
  return { exact: [...exact], byWord: names.length === 0 ? words.map((w) => `t:${w}`) : [] };
}
