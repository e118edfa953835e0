import { useEffect, useState } from 'react';
import { t } from '../../components/i18n';
import { BackupSection } from './backup-section';
import { MarginSettings } from './margin-settings';
import { ReminderSettings } from './reminder-settings';

/** Backup and restore, reminders, broker margins, and whether the browser keeps the data. */
export function SettingsView() {
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title" ref={(el) => el?.focus()} tabIndex={-1}>
        {t('settingsTitle')}
      </h2>
      <BackupSection />
      <StorageLine />
      <ReminderSettings />
      <MarginSettings />
    </section>
  );
}

/** Whether the browser has agreed to keep the library when the disk runs full (asked when the panel opens). */
function StorageLine() {
  const [kept, setKept] = useState<boolean | null>(null);
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setKept, () => setKept(false));
  }, []);
  if (kept === null) return null;
  return (
    <p className="muted" data-field="storage-kept" data-kept={String(kept)}>
      {kept ? t('storageKept') : t('storageNotKept')}
    </p>
  );
}
