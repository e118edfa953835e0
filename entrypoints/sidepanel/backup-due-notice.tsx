import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { backupDue } from '../../lib/backup/backup-due';
import type { PostingSummary } from '../../lib/library/posting-summary';
import { loadSettings } from '../../lib/db/settings';
import { db } from '../../components/db';
import { t } from '../../components/i18n';
import { saveBackup } from './save-backup';

/** Above the list when the last backup is over 30 days old: one click saves one. `rows`: the list rows, once loaded. */
export function BackupDueNotice({ now, rows }: { now: Date; rows: readonly PostingSummary[] | undefined }) {
  const settings = useLiveQuery(() => loadSettings(db), []);
  // The oldest capture from the rows the list holds anyway (no index to keep for it).
  const oldest = useMemo(() => rows?.reduce<string | null>((min, r) => (min === null || r.capturedAt < min ? r.capturedAt : min), null) ?? null, [rows]);
  const due = settings && rows ? { due: backupDue(settings.lastBackupAt, oldest, now), count: rows.length } : undefined;
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
