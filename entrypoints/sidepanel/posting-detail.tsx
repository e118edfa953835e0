import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { deletePosting, updatePosting } from '../../lib/db/postings';
import { hoursInput, rateInput } from '../../lib/library/field-input';
import type { Posting } from '../../lib/posting';
import { type CorrectableField, type Corrections, PostingStatus, type SavedPosting, effective } from '../../lib/saved-posting';
import { formatDate, formatHours, formatMonths, formatRate } from '../../components/format';
import { type MessageKey, t } from '../../components/i18n';
import { warningText } from '../../components/warning-text';
import { StatusOptions } from './status-options';
import { MarkdownActions } from '../../components/markdown-actions';
import { CalendarExport } from '../../components/calendar-export';
import { withStatus } from '../../lib/library/status-change';
import { portalName } from '../../lib/library/portal-name';
import { MoneyFacts } from './money-facts';
import { SameAssignmentSection } from '../../components/same-assignment';
import { StatusHistory } from './status-history';
import { hasChanges } from '../../lib/library/recapture-changes';
import { RecaptureSummary } from '../../components/recapture-summary';
import { Checklist } from './checklist';
import { db } from '../../components/db';
import { FieldRow } from './field-row';
import { useDraft } from './use-draft';
import { saveTypedText } from '../../components/typed-text';
import { EMPTY_PROFILE } from '../../lib/cv/cv';
import { PROFILE_ID } from '../../lib/cv/stored-profile';
import { cvIndexOf, hasCv, suggestionsFor } from '../../lib/match/posting-suggestions';
import { profileEvidence } from '../../components/profile-evidence';

type Shown = { label: MessageKey; show: (p: Posting) => string; edit: (p: Posting) => string };
const text = (v: string | null) => v ?? t('unknown');
const FIELDS: [CorrectableField, Shown][] = [
  ['title', { label: 'fieldTitle', show: (p) => text(p.title), edit: (p) => p.title ?? '' }],
  ['client', { label: 'fieldClient', show: (p) => text(p.client), edit: (p) => p.client ?? '' }],
  ['location', { label: 'fieldLocation', show: (p) => text(p.location), edit: (p) => p.location ?? '' }],
  ['rate', { label: 'fieldRate', show: (p) => formatRate(p.rate), edit: (p) => rateInput(p.rate) }],
  ['hoursPerWeek', { label: 'fieldHours', show: (p) => formatHours(p.hoursPerWeek), edit: (p) => hoursInput(p.hoursPerWeek) }],
  ['deadline', { label: 'fieldDeadline', show: (p) => formatDate(p.deadline), edit: (p) => p.deadline?.replace('T', ' ') ?? '' }],
  ['startDate', { label: 'fieldStart', show: (p) => (p.startAsap ? t('asap') : formatDate(p.startDate)), edit: (p) => (p.startAsap ? 'z.s.m.' : (p.startDate ?? '')) }],
  ['endDate', { label: 'fieldEnd', show: (p) => formatDate(p.endDate), edit: (p) => p.endDate ?? '' }],
  ['durationMonths', { label: 'fieldDuration', show: (p) => formatMonths(p.durationMonths), edit: (p) => String(p.durationMonths ?? '') }],
  ['extension', { label: 'fieldExtension', show: (p) => text(p.extension), edit: (p) => p.extension ?? '' }],
  ['reference', { label: 'fieldReference', show: (p) => text(p.reference), edit: (p) => p.reference ?? '' }],
  ['postedDate', { label: 'fieldPosted', show: (p) => formatDate(p.postedDate), edit: (p) => p.postedDate ?? '' }],
];

/** One posting: every fact with its page snippet, editable; status, notes, checklist, export. */
export function PostingDetail({ id, onBack, onDeleted }: { id: string; onBack: () => void; onDeleted: (p: SavedPosting) => void }) {
  const saved = useLiveQuery(() => db.postings.get(id), [id]);
  if (saved === undefined) return <p className="muted">{t('reading')}</p>;
  return <Detail saved={saved} onBack={onBack} onDeleted={onDeleted} />;
}

function Detail({ saved, onBack, onDeleted }: { saved: SavedPosting; onBack: () => void; onDeleted: (p: SavedPosting) => void }) {
  const p = effective(saved);
  // Opening a posting puts the keyboard at its title; Escape (outside an edit) goes back.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [saved.id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || (e.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);
  const change = (fn: (s: SavedPosting) => SavedPosting) => void updatePosting(db, saved.id, fn);
  // The CV read once per change of the profile; suggestions for this posting's checklist from it.
  const profile = useLiveQuery(async () => (await db.profile.get(PROFILE_ID)) ?? null, []);
  const cv = hasCv(profile ?? undefined) ? profile : null;
  const index = useMemo(() => (cv ? cvIndexOf(cv) : null), [cv]);
  const suggestions = useMemo(() => (cv && index ? suggestionsFor(saved, cv, index) : null), [saved, cv, index]);
  const profileText = profileEvidence(cv?.settings ?? EMPTY_PROFILE);
  const typed = (itemId: string | null, field: 'evidence' | 'notes', text: string) =>
    void saveTypedText(db, { postingId: saved.id, itemId, field, text, at: new Date().toISOString() });
  const notes = useDraft(saved.notes, (v) => typed(null, 'notes', v));
  const correct = (c: Corrections) => change((s) => ({ ...s, corrections: { ...s.corrections, ...c } }));
  const reset = (field: CorrectableField) =>
    change((s) => {
      const { [field]: _dropped, ...rest } = s.corrections;
      return { ...s, corrections: field === 'startDate' ? { ...rest, startAsap: undefined } : rest };
    });
  return (
    <article className="detail" data-posting-id={saved.id}>
      <button type="button" onClick={onBack} data-action="back">
        ← {t('libraryTitle')}
      </button>
      <h2 ref={heading} tabIndex={-1} data-field="title">
        {p.title ?? p.url}
      </h2>
      <p>
        <a href={p.url} target="_blank" rel="noreferrer noopener">
          {t('openOriginal')} ({portalName(p.sourceHost) || p.url})
        </a>
      </p>
      <label>
        {t('status')}{' '}
        {/* Read the choice now: the update runs later, after React has reset the controlled select. */}
        <select
          value={saved.status}
          onChange={(e) => {
            const status = PostingStatus.parse(e.target.value);
            const at = new Date().toISOString();
            change((s) => withStatus(s, status, at));
          }}
          data-field="status"
        >
          <StatusOptions />
        </select>
      </label>
      <StatusHistory saved={saved} change={change} />
      {hasChanges(saved.lastRecapture) && <RecaptureSummary changes={saved.lastRecapture} />}
      <dl className="facts fields">
        {FIELDS.map(([field, f]) => (
          <FieldRow
            key={field}
            field={field}
            label={t(f.label)}
            shown={f.show(p)}
            editText={f.edit(p)}
            evidence={saved.extracted.evidence[field === 'startAsap' ? 'startDate' : field]}
            corrected={saved.corrections[field] !== undefined || (field === 'startDate' && saved.corrections.startAsap !== undefined)}
            onCorrect={correct}
            onReset={() => reset(field)}
          />
        ))}
      </dl>
      <MoneyFacts posting={p} />
      <SameAssignmentSection saved={saved} />
      {saved.extracted.warnings.length > 0 && (
        <details>
          <summary>{t('warnings')}</summary>
          <ul>
            {saved.extracted.warnings.map((w) => (
              <li key={`${w.code}:${w.detail ?? ''}`}>{warningText(w)}</li>
            ))}
          </ul>
        </details>
      )}
      <h3>{t('checklist')}</h3>
      {!cv && profile !== undefined && (
        <p className="notice" data-state="no-cv">
          {t('addCvForSuggestions')}
        </p>
      )}
      <Checklist
        items={saved.checklist}
        suggestions={suggestions}
        profileText={profileText}
        onChange={(edit) => change((s) => ({ ...s, checklist: edit(s.checklist) }))}
        onTyped={typed}
      />
      <label className="notes">
        {t('notes')}
        <textarea value={notes.draft} onChange={(e) => notes.change(e.target.value)} onBlur={notes.flush} rows={4} data-field="notes" />
      </label>
      <div className="actions">
        <MarkdownActions saved={saved} />
        <CalendarExport saved={saved} />
      </div>
      <div className="actions danger-zone">
        <button type="button" className="danger" data-action="delete" onClick={() => void deletePosting(db, saved.id).then((gone) => gone && onDeleted(gone))}>
          {t('deletePosting')}
        </button>
      </div>
      {saved.extracted.description && (
        <details>
          <summary>{t('description')}</summary>
          <div className="description">{saved.extracted.description}</div>
        </details>
      )}
    </article>
  );
}
