/**
 * The user's library settings: reminders, the margin each broker keeps, when the last
 * backup was made. One row in the library database (not browser storage), so a backup and
 * its restore cover it in the same transaction as the postings, and a later sync can
 * replicate it like a posting.
 */
import { z } from 'zod';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettings } from './reminders/schedule';

export const SETTINGS_ID = 'settings';

/** A portal's share of the client's rate: the user's net rate is the cap less this. */
export const BrokerMargin = z.object({
  /** The portal's host without www ("striive.com"). */
  host: z.string().min(1).max(253),
  /** Percent of the rate the broker keeps (0–50). */
  percent: z.number().min(0).max(50),
});
export type BrokerMargin = z.infer<typeof BrokerMargin>;

export const LibrarySettings = z.object({
  id: z.literal(SETTINGS_ID),
  reminders: ReminderSettings,
  brokerMargins: z.array(BrokerMargin).max(500),
  /** ISO timestamp of the last backup the user saved; null before the first. */
  lastBackupAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type LibrarySettings = z.infer<typeof LibrarySettings>;

export function defaultSettings(at = new Date(0).toISOString()): LibrarySettings {
  return {
    id: SETTINGS_ID,
    reminders: DEFAULT_REMINDER_SETTINGS,
    brokerMargins: [],
    lastBackupAt: null,
    updatedAt: at,
  };
}

/** The margin the user set for a portal, 0 when none. */
export function marginFor(settings: Pick<LibrarySettings, 'brokerMargins'>, host: string | null): number {
  if (!host) return 0;
  const bare = host.replace(/^www\./, '').toLowerCase();
  return settings.brokerMargins.find((m) => m.host === bare)?.percent ?? 0;
}
