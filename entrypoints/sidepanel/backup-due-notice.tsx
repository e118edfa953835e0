import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { backupDue } from '../../lib/backup/backup-due';
import { loadSettings } from '../../lib/db/settings';
import { db } from '../../components/db';
import { t } from '../../components/i18n';
import { saveBackup } from './save-backup';

/** Above the list when the last backup is over 30 days old: one click saves one. */
export function BackupDueNotice({ now }: { now: Date }) {
  const due = useLiveQuery(async () => {
    const settings = await loadSettings(db);
    const oldest = await db.summaries.orderBy('capturedAt').first();
    return { due: backupDue(settings.lastBackupAt, oldest?.capturedAt ?? null, now), count: await db.summaries.count() };
  }, [now.toDateString()]);
  const [saved, setSaved] = useState<string | null>(null);
  if (saved) {
    return (
      <p className="notice" role="status" data-state="backup-ok">
        {saved}
      </p>
    );
  }
  if (!due?.due) return null;
  return (
    <p className="notice" data-state="backup-due">
      {due.due.never ? t('backupNeverDue', due.count) : t('backupDue', due.due.days)}{' '}
      <button type="button" onClick={() => void saveBackup().then(setSaved)} data-action="backup-now">
        {t('backupNow')}
      </button>
    </p>
  );
}
