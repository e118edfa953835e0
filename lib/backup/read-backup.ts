/**
 * Reading a backup file the user chose, which may be anything: another program's JSON, a
 * truncated download, a 100 MB file, a crafted one. Whatever it is, the answer is either a
 * plain-language refusal (and nothing is written) or the valid records with a reason for
 * each one that is not. Nothing here touches the database (lib/db/backup.ts does). The
 * posting records are checked when taken, not when the file is read, so that a restore can
 * check them while the browser writes.
 */
import type { z } from 'zod';
import { StoredProfile } from '../cv/stored-profile';
import { warningFromV1 } from '../db/warnings-v1';
import { withSortKeys } from '../library/saved-from-capture';
import { SavedPosting } from '../saved-posting';
import { LibrarySettings } from '../settings';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupEnvelope } from './backup-file';

/**
 * Refused before it is read: a backup of 10,000 postings with their page texts is about
 * 90 MB (npm run bench:library), so this leaves room for three times that.
 */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

export type BackupProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-a-backup'
  | 'newer-version'
  | 'forbidden-keys';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}

export interface InvalidRecord {
  /** "posting", "profile" or "settings". */
  kind: 'posting' | 'profile' | 'settings';
  /** 1-based place in the file (postings). */
  index: number;
  /** The posting's title or id, when the record has one, to recognise it by. */
  label: string;
  /** Which field is wrong and how, e.g. "extracted.deadline: expected YYYY-MM-DD". */
  reason: string;
}

/**
 * The file as read: its envelope, profile and settings checked; its posting records checked
 * when a restore takes them (into a library they do not meet, while the browser writes).
 */
export class BackupReading {
  constructor(
    readonly version: number,
    readonly exportedAt: string,
    readonly records: PostingRecords,
    readonly profile: StoredProfile | null,
    readonly settings: LibrarySettings | null,
    /** The profile or settings when invalid (the postings' are found as they are checked). */
    readonly invalid: readonly InvalidRecord[],
  ) {}
}

/** The file's posting records, unchecked. */
export class PostingRecords {
  constructor(private readonly records: readonly unknown[]) {}

  get total(): number {
    return this.records.length;
  }

  /**
   * The ids and addresses the records claim, unchecked: enough to tell whether the file meets
   * a library's postings, since checking never changes either.
   */
  claims(): { ids: string[]; urls: string[] } {
    const ids: string[] = [];
    const urls: string[] = [];
    for (const record of this.records) {
      if (!isObject(record)) continue;
      if (typeof record.id === 'string') ids.push(record.id);
      if (typeof record.canonicalUrl === 'string') urls.push(record.canonicalUrl);
    }
    return { ids, urls };
  }

  /** A check of the records in file order, from the first (each restore attempt makes its own). */
  check(): RecordCheck {
    return new RecordCheck(this.records);
  }
}

/** Checks records in file order as they are taken, keeping the reason for each invalid one. */
export class RecordCheck {
  readonly invalid: InvalidRecord[] = [];
  private readonly seenIds = new Set<string>();
  private readonly seenUrls = new Set<string>();
  private next = 0;

  constructor(private readonly records: readonly unknown[]) {}

  /** Records not checked yet. */
  get remaining(): number {
    return this.records.length - this.next;
  }

  /** Check the next `count` records (all that are left by default): the valid ones in today's shape. */
  take(count = Infinity): SavedPosting[] {
    const out: SavedPosting[] = [];
    const end = Math.min(this.records.length, this.next + count);
    for (; this.next < end; this.next++) {
      const posting = this.checked(this.records[this.next], this.next + 1);
      if (posting) out.push(posting);
    }
    return out;
  }

  private checked(record: unknown, index: number): SavedPosting | null {
    const parsed = SavedPosting.safeParse(upgradePosting(record));
    const label = labelOf(record);
    const refuse = (reason: string) => (this.invalid.push({ kind: 'posting', index, label, reason }), null);
    if (!parsed.success) return refuse(reasonOf(parsed.error));
    const posting = withSortKeys(parsed.data);
    if (this.seenIds.has(posting.id)) return refuse(`id: ${posting.id} appears twice in the file`);
    if (this.seenUrls.has(posting.canonicalUrl)) return refuse(`canonicalUrl: ${posting.canonicalUrl} appears twice in the file`);
    this.seenIds.add(posting.id);
    this.seenUrls.add(posting.canonicalUrl);
    return posting;
  }
}

// Keys that would reach an object's prototype if a record were ever merged with spread or
// Object.assign. No BidPrep backup has them: a file that does is refused as a whole. The
// look-behind skips the same words inside a string value (there the quote is escaped).
const FORBIDDEN_KEY = /(?<!\\)"(?:__proto__|constructor|prototype)"\s*:/;
const FORBIDDEN_WORDS = ['"__proto__"', '"constructor"', '"prototype"'];

/** `byteLength`: the file's size, checked before its text is read. */
export function checkBackupSize(byteLength: number): void {
  if (byteLength === 0) throw new BackupError('empty');
  if (byteLength > MAX_BACKUP_BYTES) throw new BackupError('too-large', String(byteLength));
}

export function readBackup(text: string): BackupReading {
  checkBackupSize(text.length);
  // A non-backup is refused on its first bytes, without parsing a large file.
  if (!text.slice(0, 200).includes(`"${BACKUP_FORMAT}"`)) throw new BackupError(looksLikeJson(text) ? 'not-a-backup' : 'not-json');
  // The plain search first: it runs through 80 MB in milliseconds, the exact pattern in 0.2 s.
  if (FORBIDDEN_WORDS.some((w) => text.includes(w)) && FORBIDDEN_KEY.test(text)) throw new BackupError('forbidden-keys');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BackupError('not-json', (e as Error).message);
  }
  const envelope = BackupEnvelope.safeParse(raw);
  if (!envelope.success) throw new BackupError('not-a-backup', reasonOf(envelope.error));
  const { version, exportedAt } = envelope.data;
  if (version > BACKUP_VERSION) throw new BackupError('newer-version', String(version));

  const others: InvalidRecord[] = [];
  const profile = optionalRecord('profile', envelope.data.profile, StoredProfile, others);
  const settings = optionalRecord('settings', envelope.data.settings, LibrarySettings, others);
  return new BackupReading(version, exportedAt, new PostingRecords(envelope.data.postings), profile, settings, others);
}

/**
 * A posting record of any database version, in today's shape: version 1 stored warnings as
 * English sentences (now codes); the sort and search keys are derived data, recomputed
 * rather than trusted.
 */
function upgradePosting(record: unknown): unknown {
  if (!isObject(record)) return record;
  const extracted = isObject(record.extracted) ? record.extracted : undefined;
  const warnings = extracted?.warnings;
  const upgradedExtracted =
    extracted && Array.isArray(warnings) ? { ...extracted, warnings: warnings.map((w: unknown) => (typeof w === 'string' ? warningFromV1(w) : w)) } : extracted;
  return { ...record, extracted: upgradedExtracted, sort: { deadline: '', rate: 0, sourceHost: '', reference: '' } };
}

function optionalRecord<T>(kind: 'profile' | 'settings', record: unknown, schema: z.ZodType<T>, invalid: InvalidRecord[]): T | null {
  if (record === undefined || record === null) return null;
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  invalid.push({ kind, index: 1, label: kind, reason: reasonOf(parsed.error) });
  return null;
}

function reasonOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}

function labelOf(record: unknown): string {
  if (!isObject(record)) return '';
  const corrected = isObject(record.corrections) && typeof record.corrections.title === 'string' ? record.corrections.title : null;
  const title = isObject(record.extracted) && typeof record.extracted.title === 'string' ? record.extracted.title : null;
  const label = corrected ?? title ?? (typeof record.id === 'string' ? record.id : '');
  return label.slice(0, 120);
}

function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
