import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { BackupError, type BackupProblem, checkBackupSize, readBackup } from '../../lib/backup/read-backup';
import { type RestorePlan, type RestoreResult, applyRestore, planRestore, restoreCount } from '../../lib/db/backup';
import { loadSettings } from '../../lib/db/settings';
import { db } from '../../components/db';
import { formatCount, formatDate } from '../../components/format';
import { type MessageKey, t } from '../../components/i18n';
import { saveBackup } from './save-backup';

const PROBLEM: Record<BackupProblem, MessageKey> = {
  'too-large': 'restoreTooLarge',
  empty: 'restoreEmpty',
  'not-json': 'restoreNotJson',
  'not-a-backup': 'restoreNotABackup',
  'newer-version': 'restoreNewerVersion',
  'forbidden-keys': 'restoreForbidden',
};

type Outcome =
  | { kind: 'saved'; text: string }
  | { kind: 'problem'; text: string }
  | { kind: 'restored'; file: string; result: RestoreResult };

/** Save the whole library to a file, and restore it from one (asking before a newer edit here is replaced). */
export function BackupSection() {
  const settings = useLiveQuery(() => loadSettings(db), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<{ file: string; plan: RestorePlan } | null>(null);
  /** A restore is reading or writing: no second one, and no backup of a half-read state. */
  const [busy, setBusy] = useState(false);
  /** Postings written so far while a restore writes. */
  const [progress, setProgress] = useState<{ written: number; total: number } | null>(null);

  const save = async () => setOutcome({ kind: 'saved', text: await saveBackup() });

  const apply = async (file: string, plan: RestorePlan, replaceNewer: boolean) => {
    setPending(null);
    setBusy(true);
    // Thousands of postings take seconds to write; closing the panel meanwhile writes none.
    setOutcome({ kind: 'saved', text: t('restoreWriting', formatCount(restoreCount(plan, replaceNewer)), file) });
    try {
      const started = performance.now();
      const result = await applyRestore(db, plan, { replaceNewer, onProgress: (written, total) => setProgress({ written, total }) });
      performance.measure('bidprep:restore-write', { start: started });
      setOutcome({ kind: 'restored', file, result });
    } catch (e) {
      setOutcome({ kind: 'problem', text: t('restoreFailed', String((e as Error)?.message ?? e)) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const restore = async (file: File) => {
    setPending(null);
    setBusy(true);
    setOutcome({ kind: 'saved', text: t('restoreReading', file.name) });
    try {
      checkBackupSize(file.size);
      // Marks for npm run bench:library: reading and checking, planning, writing.
      const started = performance.now();
      const reading = readBackup(await file.text());
      const read = performance.measure('bidprep:restore-read', { start: started });
      const plan = await planRestore(db, reading);
      performance.measure('bidprep:restore-plan', { start: read.startTime + read.duration });
      if (plan.newerHere.length > 0) {
        setOutcome(null);
        setPending({ file: file.name, plan });
        setBusy(false);
      } else await apply(file.name, plan, false);
    } catch (e) {
      const text = e instanceof BackupError ? t(PROBLEM[e.problem]) : t('restoreFailed', String((e as Error)?.message ?? e));
      setOutcome({ kind: 'problem', text });
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-title" className="settings-section">
      <h3 id="backup-title">{t('backupTitle')}</h3>
      <p className="muted">{t('backupIntro')}</p>
      <p data-field="last-backup">{settings?.lastBackupAt ? t('backupLast', formatDate(settings.lastBackupAt.slice(0, 10))) : t('backupNever')}</p>
      <div className="settings-actions">
        <button type="button" onClick={() => void save()} disabled={busy} data-action="backup">
          {t('backupNow')}
        </button>
        <label className={busy ? 'file-button disabled' : 'file-button'}>
          {t('restoreFile')}
          <input
            type="file"
            disabled={busy}
            accept=".json,application/json"
            data-action="restore-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
      </div>
      {pending && (
        <div className="notice" role="alertdialog" aria-labelledby="restore-question" data-state="restore-question">
          <p id="restore-question">{t('restoreNewerHere', pending.plan.newerHere.length)}</p>
          <ul>
            {pending.plan.newerHere.slice(0, 10).map((p) => (
              <li key={p.id}>{p.title}</li>
            ))}
          </ul>
          <div className="settings-actions">
            <button type="button" onClick={() => void apply(pending.file, pending.plan, false)} data-action="restore-keep-mine">
              {t('restoreKeepMine')}
            </button>
            <button type="button" onClick={() => void apply(pending.file, pending.plan, true)} data-action="restore-take-backup">
              {t('restoreTakeBackup')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                setOutcome({ kind: 'saved', text: t('restoreCancelled') });
              }}
              data-action="restore-cancel"
            >
              {t('restoreCancel')}
            </button>
          </div>
        </div>
      )}
      {outcome && <OutcomeNotice outcome={outcome} />}
      {progress && (
        <progress value={progress.written} max={progress.total} aria-label={t('restoreProgress', formatCount(progress.written), formatCount(progress.total))} data-state="restore-progress" />
      )}
    </section>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  if (outcome.kind !== 'restored') {
    const problem = outcome.kind === 'problem';
    return (
      <p className={problem ? 'notice problem' : 'notice'} role={problem ? 'alert' : 'status'} data-state={problem ? 'backup-problem' : 'backup-ok'}>
        {outcome.text}
      </p>
    );
  }
  const { result, file } = outcome;
  return (
    <div className="notice" role="status" data-state="restored">
      <p>{t('restoreDone', file, formatCount(result.added), formatCount(result.updated), formatCount(result.unchanged))}</p>
      {result.keptHere > 0 && <p>{t('restoreKeptHere', result.keptHere)}</p>}
      {result.invalid.length > 0 && (
        <>
          <p>{t('restoreInvalid', result.invalid.length)}</p>
          <ul data-field="invalid-records">
            {result.invalid.slice(0, 50).map((r) => (
              <li key={`${r.kind}-${r.index}`}>{t('restoreInvalidRecord', r.index, r.label || r.kind, r.reason)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
