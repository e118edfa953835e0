/**
 * Every message between the extension's pages and its background, in one typed map.
 * Requests and responses are Zod schemas: both sides parse what they receive.
 */
import { z } from 'zod';
import { SavedPosting } from './saved-posting';

export const CaptureResult = z.discriminatedUnion('status', [
  /** Saved: new (`updated` false) or an existing posting refreshed (`updated` true), as stored. */
  z.object({ status: z.literal('saved'), id: z.string(), updated: z.boolean(), posting: SavedPosting }),
  /** The page has no recognisable posting; the user may save a bare entry. */
  z.object({ status: z.literal('nothing-found'), url: z.string(), title: z.string() }),
  z.object({ status: z.literal('restricted'), reason: z.enum(['browser-page', 'web-store', 'local-file', 'no-page']) }),
  /** Reading or storing failed; nothing was half-written. The page shows `problem` in the user's language. */
  z.object({ status: z.literal('failed'), problem: z.enum(['unreadable', 'quota', 'blocked', 'storage']), detail: z.string() }),
]);
export type CaptureResult = z.infer<typeof CaptureResult>;

export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture-active-tab') }),
  z.object({ type: z.literal('save-bare-entry'), url: z.string().url(), title: z.string() }),
  /** A page of the extension changed the library: reminders and the badge follow. */
  z.object({ type: z.literal('library-changed') }),
]);
export type Request = z.infer<typeof Request>;

/** Response type for each request type. */
export interface Responses {
  'capture-active-tab': CaptureResult;
  'save-bare-entry': CaptureResult;
  'library-changed': void;
}
