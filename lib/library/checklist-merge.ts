/**
 * Re-capturing a posting refreshes its requirements from the page while keeping what the
 * user did: a page requirement seen before keeps its state, evidence, notes and any edit
 * of its text or kind; new page requirements arrive open; the user's own items stay.
 * A page requirement that disappeared is dropped unless the user worked on it.
 */
import { dedupeKey } from '../parse/text';
import type { Requirement } from '../posting';
import type { ChecklistItem } from '../saved-posting';

export function mergeChecklist(previous: ChecklistItem[], fromPage: Requirement[], newId: () => string): ChecklistItem[] {
  const byPageText = new Map(previous.filter((i) => i.origin === 'page').map((i) => [dedupeKey(i.pageText ?? i.text), i]));
  const merged: ChecklistItem[] = [];
  const matched = new Set<ChecklistItem>();
  for (const req of fromPage) {
    const old = byPageText.get(dedupeKey(req.text));
    if (old && !matched.has(old)) {
      matched.add(old);
      merged.push({ ...old, weight: old.weight ?? req.weight, code: old.code ?? req.code, goneFromPage: undefined });
    } else {
      merged.push(fromRequirement(req, newId()));
    }
  }
  for (const old of previous) {
    if (old.origin === 'user') merged.push(old);
    else if (!matched.has(old) && touched(old)) merged.push({ ...old, goneFromPage: true });
  }
  return merged.map(stripUndefined);
}

export function fromRequirement(req: Requirement, id: string): ChecklistItem {
  return stripUndefined({
    id,
    kind: req.kind,
    text: req.text,
    weight: req.weight,
    code: req.code,
    origin: 'page',
    pageText: req.text,
    state: 'open',
    evidence: '',
    notes: '',
  });
}

/** Did the user do anything with this item? */
export function touched(item: ChecklistItem): boolean {
  return item.state !== 'open' || item.evidence.trim() !== '' || item.notes.trim() !== '' || item.text !== (item.pageText ?? item.text);
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
