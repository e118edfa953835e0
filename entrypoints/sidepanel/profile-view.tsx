import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type CvProfile, type ExperienceEntry } from '../../lib/cv/cv';
import { CvFileError, cvFileKind, readCvFile } from '../../lib/cv/import/cv-file';
import { periodFromInput, periodInput } from '../../lib/cv/period-input';
import { readCv } from '../../lib/cv/read-cv';
import { type EntryCorrection, type StoredProfile, correctionsByEntry, effectiveCv, emptyProfile, ownSynonymsText, parseOwnSynonyms, PROFILE_ID } from '../../lib/cv/stored-profile';
import { updateProfile } from '../../lib/db/profile';
import { squash } from '../../lib/parse/text';
import { browserCvReaders } from '../../components/cv-readers';
import { db } from '../../components/db';
import { t } from '../../components/i18n';
import { focusOnMount } from './focus-on-mount';

/** A save's outcome: a status for the good news, an alert for a problem. `state` marks it for tests and styling. */
function NoticeLine({ notice, state }: { notice: Notice; state?: boolean }) {
  if (!notice) return null;
  const problem = notice.kind === 'problem';
  return (
    <p className={problem ? 'notice problem' : 'notice'} role={problem ? 'alert' : 'status'} data-state={state ? `cv-${notice.kind}` : undefined}>
      {notice.text}
    </p>
  );
}

/** Fewer letters than this is no CV (a stray paste); the same bar as a file import. */
const MIN_LETTERS = 200;

type Notice = { kind: 'ok' | 'problem'; text: string } | null;

/** "My CV": the CV (imported or pasted), the roles read from it with the user's corrections, settings and own synonyms. */
export function ProfileView() {
  const stored = useLiveQuery(() => db.profile.get(PROFILE_ID), []);
  const profile = stored ?? emptyProfile();
  return (
    <section className="profile" aria-labelledby="my-cv-title">
      {/* Opening "My CV" puts the keyboard at its heading, as opening a posting does. */}
      <h2 id="my-cv-title" ref={(el) => el?.focus()} tabIndex={-1}>
        {t('myCv')}
      </h2>
      <p className="muted">{t('myCvIntro')}</p>
      <CvText profile={profile} />
      <Entries profile={profile} />
      <Settings settings={profile.settings} />
      <Synonyms profile={profile} />
    </section>
  );
}

function CvText({ profile }: { profile: StoredProfile }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const text = draft ?? profile.cvText;
  const save = async (cvText: string, cvFile: StoredProfile['cvFile'], done: (roles: number) => string) => {
    if ((cvText.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) {
      setNotice({ kind: 'problem', text: t('cvTooShort') });
      return;
    }
    await updateProfile(db, (p) => ({ ...p, cvText, cvFile }));
    setDraft(null);
    setNotice({ kind: 'ok', text: done(readCv(cvText).entries.length) });
  };
  const importFile = async (file: File) => {
    setNotice({ kind: 'ok', text: t('cvReadingFile', file.name) });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = await readCvFile(bytes, file.name, browserCvReaders);
      await save(read, { name: file.name, kind: cvFileKind(bytes, file.name) ?? 'text' }, (roles) => t('cvImported', file.name, roles));
    } catch (e) {
      // Nothing is written unless the whole file was read.
      setNotice({ kind: 'problem', text: t('cvImportFailed', e instanceof CvFileError ? e.message : String((e as Error)?.message ?? e)) });
    }
  };
  return (
    <form
      className="cv-text"
      onSubmit={(e) => {
        e.preventDefault();
        void save(text, draft === null ? profile.cvFile : null, (roles) => t('cvSaved', roles));
      }}
    >
      <label className="file">
        {t('cvImport')}{' '}
        <input
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          data-action="import-cv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <label>
        {t('cvText')}
        <textarea value={text} placeholder={t('cvTextPlaceholder')} rows={10} data-field="cv-text" onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="submit" data-action="save-cv" disabled={draft === null}>
        {t('cvSave')}
      </button>
      <NoticeLine notice={notice} state />
    </form>
  );
}

const periodText = (e: ExperienceEntry) => {
  if (!e.period) return t('entryNoPeriod');
  const { from, to } = periodInput(e.period);
  return `${from} – ${to || t('entryNow')}`;
};

function Entries({ profile }: { profile: StoredProfile }) {
  if (!profile.cvText.trim()) return null;
  const cv = readCv(profile.cvText);
  const read = cv.entries;
  const shown = effectiveCv(profile).entries;
  const corrections = correctionsByEntry(cv, profile.corrections);
  const same = (a: string, b: string) => squash(a).toLowerCase() === squash(b).toLowerCase();
  // A new correction replaces the one the entry had, made on its header or (by an older reading) on another of its lines.
  const correct = (c: EntryCorrection, before: EntryCorrection | undefined) =>
    updateProfile(db, (p) => ({ ...p, corrections: [...p.corrections.filter((x) => !same(x.header, c.header) && !(before && same(x.header, before.header))), c] }));
  const undo = (applied: EntryCorrection) => updateProfile(db, (p) => ({ ...p, corrections: p.corrections.filter((x) => !same(x.header, applied.header)) }));
  return (
    <section aria-labelledby="cv-entries-title">
      <h3 id="cv-entries-title">{t('cvEntries')}</h3>
      {read.length === 0 ? (
        <p className="notice">{t('cvNoEntries')}</p>
      ) : (
        <ol className="entries">
          {read.map((entry, i) => {
            const correction = corrections[i];
            const now = shown.find((s) => s.header === entry.header);
            return (
              <Entry
                key={entry.header}
                entry={now ?? entry}
                notARole={Boolean(correction?.notAnEntry)}
                corrected={Boolean(correction)}
                onCorrect={(c) => correct({ header: entry.header, ...c }, correction)}
                onUndo={() => (correction ? undo(correction) : Promise.resolve())}
              />
            );
          })}
        </ol>
      )}
    </section>
  );
}

interface EntryProps {
  entry: ExperienceEntry;
  notARole: boolean;
  corrected: boolean;
  onCorrect: (c: Omit<EntryCorrection, 'header'>) => Promise<unknown>;
  onUndo: () => Promise<unknown>;
}

function Entry({ entry, notARole, corrected, onCorrect, onUndo }: EntryProps) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const initial = periodInput(entry.period);
  const [form, setForm] = useState({ role: entry.role, organisation: entry.organisation ?? '', from: initial.from, to: initial.to, notARole });
  const start = () => {
    setForm({ role: entry.role, organisation: entry.organisation ?? '', from: initial.from, to: initial.to, notARole });
    setProblem(null);
    setEditing(true);
  };
  const submit = () => {
    if (!form.role.trim()) return setProblem(t('entryRoleEmpty'));
    const period = form.from.trim() || form.to.trim() ? periodFromInput(form.from, form.to) : null;
    if ((form.from.trim() || form.to.trim()) && !period) return setProblem(t('entryPeriodInvalid'));
    void onCorrect({ role: form.role.trim(), organisation: form.organisation.trim() || null, period, ...(form.notARole ? { notAnEntry: true } : {}) }).then(() => setEditing(false));
  };
  // Escape in any box leaves the entry as it was.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    setEditing(false);
  };
  if (editing) {
    return (
      <li className="entry editing" data-entry={entry.header}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label>
            {t('entryRole')} <input ref={focusOnMount} value={form.role} onKeyDown={onKeyDown} onChange={(e) => setForm({ ...form, role: e.target.value })} />
          </label>
          <label>
            {t('entryOrganisation')} <input value={form.organisation} onKeyDown={onKeyDown} onChange={(e) => setForm({ ...form, organisation: e.target.value })} />
          </label>
          <label>
            {t('entryFrom')} <input value={form.from} inputMode="numeric" onKeyDown={onKeyDown} onChange={(e) => setForm({ ...form, from: e.target.value })} />
          </label>
          <label>
            {t('entryTo')} <input value={form.to} inputMode="numeric" onKeyDown={onKeyDown} onChange={(e) => setForm({ ...form, to: e.target.value })} />
          </label>
          <label className="check">
            <input type="checkbox" checked={form.notARole} onChange={(e) => setForm({ ...form, notARole: e.target.checked })} /> {t('entryNotARole')}
          </label>
          {problem && (
            <p className="notice problem" role="alert">
              {problem}
            </p>
          )}
          <button type="submit">{t('save')}</button>{' '}
          <button type="button" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className={`entry${notARole ? ' not-a-role' : ''}`} data-entry={entry.header} data-corrected={corrected}>
      <span className="entry-role">{entry.role || entry.header}</span>
      {entry.organisation && <span className="entry-org"> · {entry.organisation}</span>}
      <span className="entry-period"> · {periodText(entry)}</span>
      {notARole && <span className="badge closed"> {t('entryNotARole')}</span>}
      {corrected && <span className="badge"> {t('entryCorrected')}</span>}{' '}
      <button type="button" className="link" data-action="edit-entry" onClick={start}>
        {t('edit')}
      </button>
      {corrected && (
        <button type="button" className="link" data-action="undo-entry-correction" onClick={() => void onUndo()}>
          {t('entryUndoCorrection')}
        </button>
      )}
    </li>
  );
}

const amount = (text: string) => (text.trim() ? Number(text.replace(/[€\s]/g, '').replace(',', '.')) : null);

function Settings({ settings }: { settings: CvProfile }) {
  const [form, setForm] = useState<Record<keyof CvProfile, string> | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const shown = form ?? {
    hourlyRate: settings.hourlyRate === null ? '' : String(settings.hourlyRate),
    hoursPerWeek: settings.hoursPerWeek === null ? '' : String(settings.hoursPerWeek),
    availableFrom: settings.availableFrom ?? '',
    region: settings.region ?? '',
  };
  const set = (key: keyof CvProfile) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...shown, [key]: e.target.value });
  const submit = () => {
    const rate = amount(shown.hourlyRate);
    const hours = amount(shown.hoursPerWeek);
    if (rate !== null && !(Number.isFinite(rate) && rate > 0 && rate < 1000)) return setNotice({ kind: 'problem', text: t('settingRateInvalid') });
    if (hours !== null && !(Number.isFinite(hours) && hours >= 1 && hours <= 80)) return setNotice({ kind: 'problem', text: t('settingHoursInvalid') });
    const next: CvProfile = { hourlyRate: rate, hoursPerWeek: hours, availableFrom: shown.availableFrom || null, region: shown.region.trim() || null };
    void updateProfile(db, (p) => ({ ...p, settings: next })).then(() => {
      setForm(null);
      setNotice({ kind: 'ok', text: t('settingsSaved') });
    });
  };
  return (
    <form
      className="settings"
      aria-labelledby="settings-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id="settings-title">{t('profileSettings')}</h3>
      <label>
        {t('settingRate')} <input inputMode="decimal" value={shown.hourlyRate} onChange={set('hourlyRate')} data-field="setting-rate" />
      </label>
      <label>
        {t('settingHours')} <input inputMode="numeric" value={shown.hoursPerWeek} onChange={set('hoursPerWeek')} data-field="setting-hours" />
      </label>
      <label>
        {t('settingAvailable')} <input type="date" value={shown.availableFrom} onChange={set('availableFrom')} data-field="setting-available" />
      </label>
      <label>
        {t('settingRegion')} <input value={shown.region} onChange={set('region')} data-field="setting-region" />
      </label>
      <button type="submit" data-action="save-settings" disabled={form === null}>
        {t('settingsSave')}
      </button>
      <NoticeLine notice={notice} />
    </form>
  );
}

function Synonyms({ profile }: { profile: StoredProfile }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const text = draft ?? ownSynonymsText(profile.synonyms);
  return (
    <form
      className="synonyms"
      onSubmit={(e) => {
        e.preventDefault();
        let synonyms;
        try {
          synonyms = parseOwnSynonyms(text);
        } catch (err) {
          setNotice({ kind: 'problem', text: (err as Error).message });
          return;
        }
        void updateProfile(db, (p) => ({ ...p, synonyms })).then(() => {
          setDraft(null);
          setNotice({ kind: 'ok', text: t('ownSynonymsSaved') });
        });
      }}
    >
      <label>
        <strong>{t('ownSynonyms')}</strong>
        <span className="muted"> {t('ownSynonymsHelp')}</span>
        <textarea value={text} rows={3} onChange={(e) => setDraft(e.target.value)} data-field="own-synonyms" />
      </label>
      <button type="submit" data-action="save-synonyms" disabled={draft === null}>
        {t('ownSynonymsSave')}
      </button>
      <NoticeLine notice={notice} />
    </form>
  );
}
