/** Reading and writing the library settings row: validated before it is written. */
import { LibrarySettings, SETTINGS_ID, defaultSettings } from '../settings';
import type { BidPrepDatabase } from './database';

export async function loadSettings(db: BidPrepDatabase): Promise<LibrarySettings> {
  const row = await db.settings.get(SETTINGS_ID);
  const parsed = LibrarySettings.safeParse(row);
  return parsed.success ? parsed.data : defaultSettings();
}

export async function updateSettings(db: BidPrepDatabase, change: (s: LibrarySettings) => LibrarySettings, at = new Date().toISOString()): Promise<LibrarySettings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await loadSettings(db);
    const next = LibrarySettings.parse({ ...change(current), id: SETTINGS_ID, updatedAt: at });
    await db.settings.put(next);
    return next;
  });
}
