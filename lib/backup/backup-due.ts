/**
 * When to remind the user to save a backup: the library lives in one browser profile and
 * disappears with it. Due when the last backup (or, before the first, the oldest posting)
 * is more than 30 days old, so a new user is not nagged in their first month.
 */
export const BACKUP_INTERVAL_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since the last backup when one is due, or null. `oldestCapture`: ISO time of the first posting, null when the library is empty. */
export function backupDue(lastBackupAt: string | null, oldestCapture: string | null, now: Date): { days: number; never: boolean } | null {
  if (!oldestCapture) return null;
  const since = Date.parse(lastBackupAt ?? oldestCapture);
  const days = Math.floor((now.getTime() - since) / DAY_MS);
  return days > BACKUP_INTERVAL_DAYS ? { days, never: lastBackupAt === null } : null;
}
