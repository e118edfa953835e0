/**
 * What the library search looks in, written so that accents and case never matter:
 * "coordinator" finds "coördinator", "zeeland" finds "Zeeland". Title, client, location,
 * portal, reference and the requirement texts.
 */
import type { Posting } from '../posting';
import type { ChecklistItem } from '../saved-posting';

/** Lower case without accents; the search words are folded the same way. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function searchText(p: Posting, checklist: readonly Pick<ChecklistItem, 'text'>[]): string {
  const host = (p.sourceHost ?? '').replace(/^www\./, '');
  return foldForSearch([p.title, p.client, p.location, host, p.reference, ...checklist.map((i) => i.text)].filter(Boolean).join(' \u2022 '));
}
