/**
 * Backup and restore against the library database. Export reads everything in one read
 * transaction (a consistent snapshot). Restore first plans (what is new, what the backup
 * would update, where this machine has the newer edit), the user decides about the newer
 * local edits, then every valid record is written in one transaction, or none is.
 */
import { type LibraryContents, backupText } from '../backup/backup-file';
import type { BackupReading, InvalidRecord } from '../backup/read-backup';
import { PROFILE_ID, StoredProfile } from '../cv/stored-profile';
import { type Derived, deleteListRows, derivedOf, putDerived } from './rows';
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
  /**
   * Records not checked yet, all new here (none claims an id or address this library has):
   * each is checked while the browser writes the ones before it.
   */
  unchecked: number;
  /** Posting records found invalid while planning (the ones checked then). */
  invalid: InvalidRecord[];
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
    const plan: RestorePlan = { reading, added: [], unchecked: 0, invalid: [], updated: [], unchanged: 0, newerHere: [], newerHereRecords: [], profile: 'absent', settings: 'absent' };
    plan.profile = compare(await db.profile.get(PROFILE_ID), reading.profile);
    plan.settings = compare(await db.settings.get(SETTINGS_ID), reading.settings);
    // Keys only (fast at any size); the records themselves only where the backup meets them.
    const { byUrl, ids } = await localKeys(db);
    const claims = reading.records.claims();
    if (!claims.ids.some((id) => ids.has(id)) && !claims.urls.some((url) => byUrl.has(url))) {
      // Nothing to compare or ask about (a new machine, a lost library): every valid record
      // is added, and checking them waits for the write.
      plan.unchecked = reading.records.total;
      return plan;
    }
    const check = reading.records.check();
    const postings = check.take();
    plan.invalid = check.invalid;
    const meets = postings.map((p) => (ids.has(p.id) ? p.id : byUrl.get(p.canonicalUrl)));
    const found = await db.postings.bulkGet(meets.filter((id): id is string => !!id));
    const byId = new Map(found.filter((p): p is SavedPosting => !!p).map((p) => [p.id, p]));
    postings.forEach((incoming, i) => {
      const here = meets[i] ? byId.get(meets[i]) : undefined;
      if (!here) return plan.added.push(incoming);
      if (sameRecord(here, incoming)) return plan.unchanged++;
      if (here.updatedAt > incoming.updatedAt) {
        plan.newerHereRecords.push(incoming);
        return plan.newerHere.push({ id: here.id, title: incoming.corrections.title ?? incoming.extracted.title ?? incoming.canonicalUrl, localUpdatedAt: here.updatedAt, backupUpdatedAt: incoming.updatedAt });
      }
      plan.updated.push(incoming);
    });
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
  /** Every record left out as invalid, with its reason: postings in file order, then the profile or settings. */
  invalid: InvalidRecord[];
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

/** The postings a restore writes that are checked already: the new ones, the updated ones and, when the user chose so, the backup's version of those changed here later. */
export function restoreWrites(plan: RestorePlan, replaceNewer: boolean): SavedPosting[] {
  return [...plan.added, ...plan.updated, ...(replaceNewer ? plan.newerHereRecords : [])];
}

/** How many postings a restore writes at most (records still to check may prove invalid). */
export function restoreCount(plan: RestorePlan, replaceNewer: boolean): number {
  return restoreWrites(plan, replaceNewer).length + plan.unchecked;
}

/** Write the plan in one transaction: every valid record or nothing. */
export async function applyRestore(db: BidPrepDatabase, plan: RestorePlan, { replaceNewer, onProgress, chunk = RESTORE_CHUNK }: RestoreOptions): Promise<RestoreResult> {
  const checked = restoreWrites(plan, replaceNewer);
  // Each attempt checks the unchecked records afresh (a failed one may be tried again).
  const records = plan.unchecked > 0 ? plan.reading.records.check() : null;
  const total = restoreCount(plan, replaceNewer);
  let added = plan.added.length;
  await db.transaction('rw', [...db.libraryTables, db.profile, db.settings], async () => {
    // The same page saved here under another id (captured on both machines): the backup's
    // record takes its place, so the address stays unique. (Unchecked records claim no
    // address this library has.)
    const { byUrl } = await localKeys(db);
    const replaced = checked.map((p) => byUrl.get(p.canonicalUrl)).filter((id, i): id is string => !!id && id !== checked[i].id);
    await deleteListRows(db, (await db.postings.bulkGet(replaced)).filter((p): p is SavedPosting => !!p));
    await db.postings.bulkDelete(replaced);
    // In chunks, within the one transaction (a failure in any of them undoes them all): each
    // chunk's postings are written before the next is asked for, so the progress the panel
    // shows is what is written, and the browser never holds more than one chunk of pending
    // records. While the browser writes a chunk (a second core does the writing), the page
    // works out its list rows and search texts and checks the next chunk's records. The
    // pages (list rows, search texts, same-assignment index) once, at the end: written per
    // chunk, each would be rewritten twenty times.
    // A part: the postings to write and how many records of the whole they stand for.
    let offset = 0;
    const nextPart = (): { postings: SavedPosting[]; records: number } | null => {
      if (offset < checked.length) {
        const postings = checked.slice(offset, (offset += chunk));
        return { postings, records: postings.length };
      }
      if (!records || records.remaining === 0) return null;
      const before = records.remaining;
      const postings = records.take(chunk);
      added += postings.length;
      return { postings, records: before - records.remaining };
    };
    // What the pages need of each posting, not the posting: the chunks written are let go.
    const derived: Derived = { keys: [], rows: [], texts: [] };
    let written = 0;
    for (let part = nextPart(); part; ) {
      const writing = db.postings.bulkPut(part.postings);
      const ahead = derivedOf(part.postings);
      derived.keys.push(...ahead.keys);
      derived.rows.push(...ahead.rows);
      derived.texts.push(...ahead.texts);
      const following = nextPart();
      await writing;
      onProgress?.((written += part.records), total);
      part = following;
    }
    await putDerived(db, derived);
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
    added,
    updated: plan.updated.length + (replaceNewer ? plan.newerHereRecords.length : 0),
    keptHere: replaceNewer ? 0 : plan.newerHere.length,
    unchanged: plan.unchanged,
    invalid: [...plan.invalid, ...(records?.invalid ?? []), ...plan.reading.invalid],
  };
}
