/**
 * The backup file: everything the user has in BidPrep (postings with their checklist work,
 * evidence, notes, corrections and links; the CV profile; the settings) as one JSON file
 * with a version, so every later BidPrep can read it back.
 *
 * Version history of the file (add a line and an upgrade in read-backup.ts for each):
 *   1: postings, profile, settings. Postings may be in the shape of any database version
 *      (1–5): the reader upgrades each record as the database migrations do.
 */
import { z } from 'zod';
import { StoredProfile } from '../cv/stored-profile';
import { SavedPosting } from '../saved-posting';
import { LibrarySettings } from '../settings';

export const BACKUP_FORMAT = 'bidprep-backup';
export const BACKUP_VERSION = 1;

/** The envelope as read: records are checked one by one afterwards, so one bad record does not sink the rest. */
export const BackupEnvelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string(),
  postings: z.array(z.unknown()),
  profile: z.unknown().optional(),
  settings: z.unknown().optional(),
});

export interface LibraryContents {
  postings: readonly SavedPosting[];
  profile: StoredProfile | null;
  settings: LibrarySettings | null;
}

/**
 * The backup text. Records are written in their schema's key order and postings sorted by
 * id, so the same library always gives the same file (export → import → export is stable).
 */
export function backupText(contents: LibraryContents, exportedAt: Date): string {
  const postings = [...contents.postings].map((p) => SavedPosting.parse(p)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    postings,
    profile: contents.profile && StoredProfile.parse(contents.profile),
    settings: contents.settings && LibrarySettings.parse(contents.settings),
  };
  return JSON.stringify(file);
}
