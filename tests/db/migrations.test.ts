/**
 * Every schema version of the library database opens with rows of its time and keeps
 * them. One test per version: when version 2 arrives, add its upgrade test here with
 * example v1 rows written through a v1-only Dexie instance.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BidPrepDatabase } from '../../lib/db/database';
import { saveCapture } from '../../lib/db/postings';
import { emptyPosting } from '../../lib/extract';
import { SavedPosting } from '../../lib/saved-posting';

describe('database versions', () => {
  it('v1: a library written by v1 opens, validates and keeps its rows', async () => {
    const name = `migrate-${Math.random()}`;
    const writer = new BidPrepDatabase(name);
    const p = { ...emptyPosting('https://striive.com/opdracht/9', 'striive.com', 'x'), title: 'Adviseur', reference: 'S-9' };
    const { id } = await saveCapture(writer, p, { at: '2025-01-01T00:00:00.000Z', newId: () => 'v1-row' });
    writer.close();

    const reader = new BidPrepDatabase(name);
    await reader.open();
    expect(reader.verno).toBe(1);
    const row = await reader.postings.get(id);
    expect(SavedPosting.safeParse(row).success).toBe(true);
    expect(await reader.summaries.get(id)).toMatchObject({ title: 'Adviseur' });
    // The indexes the app relies on exist.
    expect(await reader.postings.where('[sort.sourceHost+sort.reference]').equals(['striive.com', 'S-9']).count()).toBe(1);
    expect(await reader.summaries.orderBy('deadline').count()).toBe(1);
    await reader.delete();
  });

  it('lists every version it knows, so none is dropped by accident', () => {
    const db = new BidPrepDatabase(`versions-${Math.random()}`);
    expect(db.verno).toBe(1);
    expect(Dexie.semVer).toBeTruthy();
  });
});
