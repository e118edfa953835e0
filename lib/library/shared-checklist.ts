/**
 * Linked postings of one assignment share the checklist work: a requirement ticked with its
 * evidence on the Striive posting is ticked on the Flextender one too. Brokers reword and
 * reorder the eisen, so items are paired by what they ask (the same text, else most of the
 * same content words), not by place. Work is only ever copied onto an item without work of
 * its own when linking; after that, the item the user changes carries its change over.
 */
import { dedupeKey } from '../parse/text';
import type { ChecklistItem, SavedPosting } from '../saved-posting';
import { requirementWords } from './assignment-key';

/** Share of content words two wordings of one requirement have in common at least. */
const SAME_ASK = 0.6;

type Work = Pick<ChecklistItem, 'state' | 'evidence' | 'notes'>;

const hasWork = (i: Work) => i.state !== 'open' || i.evidence.trim() !== '' || i.notes.trim() !== '';
const sameWork = (a: Work, b: Work) => a.state === b.state && a.evidence === b.evidence && a.notes === b.notes;
const withWork = (item: ChecklistItem, from: Work): ChecklistItem => ({ ...item, state: from.state, evidence: from.evidence, notes: from.notes });

/** For each item of `a`, the item of `b` that asks the same, if any (each used once). */
export function pairItems(a: readonly ChecklistItem[], b: readonly ChecklistItem[]): Map<string, ChecklistItem> {
  const pairs = new Map<string, ChecklistItem>();
  const used = new Set<string>();
  const byKey = new Map(b.map((i) => [dedupeKey(i.pageText ?? i.text), i]));
  for (const item of a) {
    const twin = byKey.get(dedupeKey(item.pageText ?? item.text));
    if (twin && !used.has(twin.id)) {
      pairs.set(item.id, twin);
      used.add(twin.id);
    }
  }
  for (const item of a) {
    if (pairs.has(item.id)) continue;
    const words = requirementWords(item.text);
    let best: { twin: ChecklistItem; overlap: number } | null = null;
    for (const other of b) {
      if (used.has(other.id)) continue;
      const overlap = jaccard(words, requirementWords(other.text));
      if (overlap >= SAME_ASK && (!best || overlap > best.overlap)) best = { twin: other, overlap };
    }
    if (best) {
      pairs.set(item.id, best.twin);
      used.add(best.twin.id);
    }
  }
  return pairs;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/**
 * On linking: every item without work takes the work of its twin in another member. The
 * member changed last goes first, so where two twins both lack work only the first counts;
 * work already done is never replaced.
 */
export function shareOnLink(members: readonly SavedPosting[]): SavedPosting[] {
  const order = [...members].sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1));
  const result = new Map(order.map((m) => [m.id, m]));
  for (const source of order) {
    for (const target of order) {
      if (source.id === target.id) continue;
      const current = result.get(target.id)!;
      const pairs = pairItems(result.get(source.id)!.checklist, current.checklist);
      const gets = new Map<string, Work>();
      for (const item of result.get(source.id)!.checklist) {
        const twin = pairs.get(item.id);
        if (twin && hasWork(item) && !hasWork(twin)) gets.set(twin.id, item);
      }
      if (gets.size > 0) result.set(target.id, { ...current, checklist: current.checklist.map((i) => (gets.has(i.id) ? withWork(i, gets.get(i.id)!) : i)) });
    }
  }
  return members.map((m) => result.get(m.id)!);
}

/**
 * After the user changed `after` (was `before`): the same changes on a linked posting's twins
 * of the changed items. The posting's own notes stay its own (they are often about the broker).
 */
export function carryChanges(before: SavedPosting, after: SavedPosting, sibling: SavedPosting): SavedPosting {
  const was = new Map(before.checklist.map((i) => [i.id, i]));
  const changed = after.checklist.filter((i) => {
    const old = was.get(i.id);
    return !old || !sameWork(old, i);
  });
  if (changed.length === 0) return sibling;
  const pairs = pairItems(changed, sibling.checklist);
  const gets = new Map<string, Work>();
  for (const item of changed) {
    const twin = pairs.get(item.id);
    if (twin && !sameWork(twin, item)) gets.set(twin.id, item);
  }
  if (gets.size === 0) return sibling;
  return { ...sibling, checklist: sibling.checklist.map((i) => (gets.has(i.id) ? withWork(i, gets.get(i.id)!) : i)) };
}
