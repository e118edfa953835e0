/**
 * Backup and restore against the library database. Export reads everything in one read
 * transaction (a consistent snapshot). Restore first plans (what is new, what the backup
 * would update, where this machine has the newer edit), the user decides about the newer
 * local edits, then every valid record is written in one transaction, or none is.
 */
import { type LibraryContents, backupText } from '../backup/backup-file';
import type { BackupReading } from '../backup/read-backup';
import { PROFILE_ID, StoredProfile } from '../cv/stored-profile';
import { type Derived, deleteListRows, derivedOf, putListRows } from './rows';
import { SavedPosting } from '../saved-posting';
import { LibrarySettings, SETTINGS_ID } from '../settings';
import type { BidPrepDatabase } from './database';
import { updateSettings } from './settings';

export async function libraryContents(db: BidPrepDatabase): Promise<LibraryContents> {
  return db.transaction('r', db.postings, db.profile, db.settings, async () => ({
    postings: await db.postings.toArray(),
    profile: (await db.profile.get(PROFILE_ID)) ?? null,
    settings: (await db.settings.get(SETTINGS_ID)) ?? null,
  }));
}

/** The backup file's text: a consistent snapshot of the whole library. */
export async function exportLibrary(db: BidPrepDatabase, now = new Date()): Promise<string> {
  return backupText(await libraryContents(db), now);
}

/** The user saved a backup: the 30-day backup reminder starts again from now. */
export async function markBackedUp(db: BidPrepDatabase, at = new Date().toISOString()): Promise<void> {
  await updateSettings(db, (s) => ({ ...s, lastBackupAt: at }), at);
}

/** A posting in the backup that this machine changed later than the backup did. */
export interface NewerHere {
  id: string;
  title: string;
  localUpdatedAt: string;
  backupUpdatedAt: string;
}

export interface RestorePlan {
  reading: BackupReading;
  /** Postings this library does not have. */
  added: SavedPosting[];
  /** Postings the backup has in a later state than this library. */
  updated: SavedPosting[];
  /** Postings identical here and in the backup. */
  unchanged: number;
  /** Postings (and the profile or settings) changed here after the backup: not replaced unless the user says so. */
  newerHere: NewerHere[];
  newerHereRecords: SavedPosting[];
  profile: 'absent' | 'add' | 'update' | 'newer-here' | 'same';
  settings: 'absent' | 'add' | 'update' | 'newer-here' | 'same';
}

export async function planRestore(db: BidPrepDatabase, reading: BackupReading): Promise<RestorePlan> {
  return db.transaction('r', db.postings, db.addressPages, db.profile, db.settings, async () => {
    const plan: RestorePlan = { reading, added: [], updated: [], unchanged: 0, newerHere: [], newerHereRecords: [], profile: 'absent', settings: 'absent' };
    // Keys only (fast at any size); the records themselves only where the backup meets them.
    const { byUrl, ids } = await localKeys(db);
    const meets = reading.postings.map((p) => (ids.has(p.id) ? p.id : byUrl.get(p.canonicalUrl)));
    const found = await db.postings.bulkGet(meets.filter((id): id is string => !!id));
    const byId = new Map(found.filter((p): p is SavedPosting => !!p).map((p) => [p.id, p]));
    reading.postings.forEach((incoming, i) => {
      const here = meets[i] ? byId.get(meets[i]) : undefined;
      if (!here) return plan.added.push(incoming);
      if (sameRecord(here, incoming)) return plan.unchanged++;
      if (here.updatedAt > incoming.updatedAt) {
        plan.newerHereRecords.push(incoming);
        return plan.newerHere.push({ id: here.id, title: incoming.corrections.title ?? incoming.extracted.title ?? incoming.canonicalUrl, localUpdatedAt: here.updatedAt, backupUpdatedAt: incoming.updatedAt });
      }
      plan.updated.push(incoming);
    });
    plan.profile = compare(await db.profile.get(PROFILE_ID), reading.profile);
    plan.settings = compare(await db.settings.get(SETTINGS_ID), reading.settings);
    return plan;
  });
}

/** Every posting's id and address, read from the address pages alone. */
async function localKeys(db: BidPrepDatabase): Promise<{ byUrl: Map<string, string>; ids: Set<string> }> {
  const byUrl = await db.addresses.all();
  return { byUrl, ids: new Set(byUrl.values()) };
}

function compare<T extends { updatedAt: string }>(here: T | undefined, incoming: T | null): RestorePlan['profile'] {
  if (!incoming) return 'absent';
  if (!here) return 'add';
  if (JSON.stringify(here) === JSON.stringify(incoming)) return 'same';
  return here.updatedAt > incoming.updatedAt ? 'newer-here' : 'update';
}

function sameRecord(a: SavedPosting, b: SavedPosting): boolean {
  return a.id === b.id && a.updatedAt === b.updatedAt && JSON.stringify(SavedPosting.parse(a)) === JSON.stringify(b);
}

export interface RestoreResult {
  added: number;
  updated: number;
  /** Newer edits on this machine that were kept. */
  keptHere: number;
  unchanged: number;
  invalid: number;
}

/** Postings written at a time, and between two progress reports: about a quarter of a second of writing each. */
export const RESTORE_CHUNK = 500;

export interface RestoreOptions {
  /** The user chose the backup's version of the postings this machine changed later. */
  replaceNewer: boolean;
  /** Postings written so far, of all: called after every chunk, so the panel can show how far it is. */
  onProgress?: (written: number, total: number) => void;
  chunk?: number;
}

/** The postings a restore writes: the new ones, the updated ones and, when the user chose so, the backup's version of those changed here later. */
export function restoreWrites(plan: RestorePlan, replaceNewer: boolean): SavedPosting[] {
  return [...plan.added, ...plan.updated, ...(replaceNewer ? plan.newerHereRecords : [])];
}

/** Write the plan in one transaction: every valid record or nothing. */
export async function applyRestore(db: BidPrepDatabase, plan: RestorePlan, { replaceNewer, onProgress, chunk = RESTORE_CHUNK }: RestoreOptions): Promise<RestoreResult> {
  // Every record was validated when the file was read (read-backup.ts).
  const valid = restoreWrites(plan, replaceNewer);
  await db.transaction('rw', [...db.libraryTables, db.profile, db.settings], async () => {
    // The same page saved here under another id (captured on both machines): the backup's
    // record takes its place, so the address stays unique.
    const { byUrl } = await localKeys(db);
    const replaced = valid.map((p) => byUrl.get(p.canonicalUrl)).filter((id, i): id is string => !!id && id !== valid[i].id);
    await deleteListRows(db, (await db.postings.bulkGet(replaced)).filter((p): p is SavedPosting => !!p));
    await db.postings.bulkDelete(replaced);
    // In chunks, within the one transaction (a failure in any of them undoes them all): each
    // chunk's postings are written before the next is asked for, so the progress the panel
    // shows is what is written, and the browser never holds more than one chunk of pending
    // records. While the browser writes a chunk, the page works out its list rows and search
    // texts (a second core does the writing). The pages (list rows, search texts,
    // same-assignment index) once, at the end: written per chunk, each would be rewritten
    // twenty times.
    const derived: Derived = { rows: [], texts: [] };
    let written = 0;
    for (let i = 0; i < valid.length; i += chunk) {
      const part = valid.slice(i, i + chunk);
      const writing = db.postings.bulkPut(part);
      const ahead = derivedOf(part);
      derived.rows.push(...ahead.rows);
      derived.texts.push(...ahead.texts);
      await writing;
      onProgress?.((written += part.length), valid.length);
    }
    await putListRows(db, valid, derived);
    const takeProfile = plan.profile === 'add' || plan.profile === 'update' || (replaceNewer && plan.profile === 'newer-here');
    if (takeProfile && plan.reading.profile) await db.profile.put(StoredProfile.parse(plan.reading.profile));
    const takeSettings = plan.settings === 'add' || plan.settings === 'update' || (replaceNewer && plan.settings === 'newer-here');
    if (takeSettings && plan.reading.settings) {
      // When the last backup was made is a fact of this machine: keep the later of the two.
      const here = await db.settings.get(SETTINGS_ID);
      const incoming = LibrarySettings.parse(plan.reading.settings);
      const lastBackupAt = [here?.lastBackupAt, incoming.lastBackupAt].filter((d): d is string => !!d).sort().pop() ?? null;
      await db.settings.put({ ...incoming, lastBackupAt });
    }
  });
  return {
    added: plan.added.length,
    updated: plan.updated.length + (replaceNewer ? plan.newerHereRecords.length : 0),
    keptHere: replaceNewer ? 0 : plan.newerHere.length,
    unchanged: plan.unchanged,
    invalid: plan.reading.invalid.length,
  };
}
