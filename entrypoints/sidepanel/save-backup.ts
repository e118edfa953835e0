import { exportLibrary, markBackedUp } from '../../lib/db/backup';
import { localDay } from '../../lib/parse/date';
import { db } from '../../components/db';
import { downloadFile } from '../../components/download';
import { t } from '../../components/i18n';

/** Download the whole library as a backup file and note the time; returns what to tell the user. */
export async function saveBackup(): Promise<string> {
  const name = `bidprep-backup-${localDay()}.json`;
  downloadFile(name, await exportLibrary(db), 'application/json');
  await markBackedUp(db);
  return t('backupSaved', name, await db.postings.count());
}
