/**
 * Every key the extension keeps in browser storage, with the area it lives in and the
 * schema of its value: the other half of the contract between background, popup and side
 * panel (messages.ts is the first). Values read back are parsed; a value that does not fit
 * reads as absent.
 */
import { z } from 'zod';
import { CaptureResult } from './messages';
import { ListQuery } from './library/list-query';

export const StorageKeys = {
  /**
   * A request for the side panel to show a posting (the popup's "Open library", a reminder's
   * notification): the panel that shows it removes it, so the next opening shows the list.
   */
  selectedPostingId: { area: 'session', schema: z.string() },
  /** The result of the last context-menu capture, for the side panel to report. */
  lastCapture: { area: 'session', schema: CaptureResult },
  /** The library list's search, sort and filters, kept across panel openings. */
  libraryQuery: { area: 'local', schema: ListQuery },
  /** Names of the deadline reminders already shown, so a missed one is caught up only once. */
  remindersShown: { area: 'local', schema: z.array(z.string()) },
} as const;

export type StorageKey = keyof typeof StorageKeys;
export type StoredValue<K extends StorageKey> = z.infer<(typeof StorageKeys)[K]['schema']>;

/** Parse a stored value; null when absent or not of its shape. */
export function parseStored<K extends StorageKey>(key: K, value: unknown): StoredValue<K> | null {
  const r = StorageKeys[key].schema.safeParse(value);
  return r.success ? (r.data as StoredValue<K>) : null;
}
