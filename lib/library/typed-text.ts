/**
 * Text the user typed into a posting (its notes, a requirement's evidence or notes), as a
 * record of its own: kept in browser storage from the moment it is saved until the library
 * has it (components/typed-text.ts). A panel closed while its write is still in flight loses
 * nothing: a write takes a few round trips to IndexedDB, and a closing page runs no more code,
 * but one storage call is on its way at once. The next opening of the panel writes it.
 */
import { z } from 'zod';
import type { SavedPosting } from '../saved-posting';

export const TypedText = z.object({
  postingId: z.string(),
  /** The requirement's id; null: the posting's own notes. */
  itemId: z.string().nullable(),
  field: z.enum(['notes', 'evidence']),
  text: z.string(),
  /** When it was typed (ISO time): a later change to the posting wins. */
  at: z.string(),
});
export type TypedText = z.infer<typeof TypedText>;

/** The storage key of one field's text: a later text of the same field takes its place. */
export const typedTextKey = (t: Pick<TypedText, 'postingId' | 'itemId' | 'field'>) => `typedText:${t.postingId}:${t.itemId ?? ''}:${t.field}`;

/** The posting with the text in place; null when there is nothing to write: it holds the text already, or its requirement is gone. */
export function withTypedText(saved: SavedPosting, t: TypedText): SavedPosting | null {
  if (t.itemId === null) return t.field === 'notes' && saved.notes !== t.text ? { ...saved, notes: t.text } : null;
  const item = saved.checklist.find((i) => i.id === t.itemId);
  if (!item || item[t.field] === t.text) return null;
  return { ...saved, checklist: saved.checklist.map((i) => (i.id === t.itemId ? { ...i, [t.field]: t.text } : i)) };
}

/**
 * A text left behind by a closed panel, to write now; null when the posting changed after it
 * was typed (a later edit is never overwritten by an older one) or needs nothing.
 */
export function leftTextToWrite(saved: SavedPosting, t: TypedText): SavedPosting | null {
  return saved.updatedAt > t.at ? null : withTypedText(saved, t);
}
