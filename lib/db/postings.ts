/**
 * Writing the library. Every write validates the record with Zod first and runs in a
 * transaction, so a failure leaves the previous record intact.
 */
import Dexie from 'dexie';
import { hostOf } from '../extract/broker';
import { emptyPosting } from '../extract/posting-from-page';
import { canonicalUrl } from '../library/canonical-url';
import { portalReferenceKey } from '../library/portal-references';
import { deleteListRows, putListRows } from './rows';
import { carryChanges } from '../library/shared-checklist';
import { type CaptureContext, savedFromCapture, withSortKeys } from '../library/saved-from-capture';
import type { Posting } from '../posting';
import { SavedPosting } from '../saved-posting';
import type { BidPrepDatabase } from './database';

/** Store a capture: a new posting, or the same one (URL, or portal + reference) refreshed. */
export interface Stored {
  id: string;
  updated: boolean;
  posting: SavedPosting;
}

export async function saveCapture(db: BidPrepDatabase, posting: Posting, ctx: CaptureContext): Promise<Stored> {
  return db.transaction('rw', db.libraryTables, async () => {
    const existing = await findSame(db, posting);
    const saved = SavedPosting.parse(savedFromCapture(posting, existing ?? null, ctx));
    await write(db, saved);
    return { id: saved.id, updated: Boolean(existing), posting: saved };
  });
}

async function findSame(db: BidPrepDatabase, posting: Posting): Promise<SavedPosting | undefined> {
  const byUrl = await db.addresses.get(canonicalUrl(posting.url));
  if (byUrl) return db.postings.get(byUrl);
  const key = posting.sourceHost ? portalReferenceKey(posting.sourceHost, posting.reference) : null;
  const byReference = key ? await db.references.get(key) : undefined;
  return byReference ? db.postings.get(byReference[0]) : undefined;
}

/** Change a posting through `change`; the result is validated before it is written. */
export async function updatePosting(db: BidPrepDatabase, id: string, change: (p: SavedPosting) => SavedPosting, at = new Date().toISOString()): Promise<SavedPosting> {
  return db.transaction('rw', db.libraryTables, async () => {
    const current = await db.postings.get(id);
    if (!current) throw new Error(`No posting with id ${id}`);
    const next = SavedPosting.parse(withSortKeys({ ...change(current), id, updatedAt: at }));
    await write(db, next);
    // Linked postings of one assignment share the checklist work: carry the change over.
    if (next.assignmentId) {
      const siblings = await db.postings.where('assignmentId').equals(next.assignmentId).toArray();
      for (const sibling of siblings) {
        if (sibling.id === id) continue;
        const carried = carryChanges(current, next, sibling);
        if (carried !== sibling) await write(db, SavedPosting.parse(withSortKeys({ ...carried, updatedAt: at })));
      }
    }
    return next;
  });
}

/** Delete a posting and hand back the record, so the user can undo. */
export async function deletePosting(db: BidPrepDatabase, id: string): Promise<SavedPosting | undefined> {
  return db.transaction('rw', db.libraryTables, async () => {
    const current = await db.postings.get(id);
    if (current) {
      await db.postings.delete(id);
      await deleteListRows(db, [current]);
    }
    return current;
  });
}

/** Undo a delete: put the record back exactly as it was. */
export async function restorePosting(db: BidPrepDatabase, saved: SavedPosting): Promise<void> {
  const valid = SavedPosting.parse(saved);
  await db.transaction('rw', db.libraryTables, async () => write(db, valid));
}

/** A posting with the pages derived from it, always together (inside a transaction on `db.libraryTables`). */
async function write(db: BidPrepDatabase, saved: SavedPosting): Promise<void> {
  await Dexie.Promise.all([db.postings.put(saved), putListRows(db, [saved])]);
}

/** A page where nothing could be read, saved with its address and title to fill in by hand. */
export async function saveBareEntry(db: BidPrepDatabase, url: string, title: string, ctx: CaptureContext): Promise<Stored> {
  const bare: Posting = { ...emptyPosting(url, hostOf(url), { code: 'saved-by-hand' }), title: title.trim() || null };
  return saveCapture(db, bare, ctx);
}
