import type { ChangedFact, FactValue, RecaptureChanges } from '../lib/library/recapture-changes';
import { formatDate, formatDateMove, formatHoursShort, formatMonths, formatRateShort } from './format';
import { type MessageKey, t } from './i18n';

const LABEL: Record<ChangedFact, MessageKey> = {
  title: 'fieldTitle', client: 'fieldClient', location: 'fieldLocation', rate: 'fieldRate', hoursPerWeek: 'fieldHours',
  deadline: 'fieldDeadline', postedDate: 'fieldPosted', startDate: 'fieldStart', endDate: 'fieldEnd', durationMonths: 'fieldDuration',
  extension: 'fieldExtension', reference: 'fieldReference',
};

function show(field: ChangedFact, v: FactValue): string {
  if (v === null || v === '') return t('unknown');
  if (typeof v === 'object') return (field === 'rate' ? formatRateShort(v) : formatHoursShort(v)) || t('unknown');
  if (field === 'startDate' && v === 'asap') return t('asap');
  if (field === 'durationMonths') return formatMonths(Number(v));
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return formatDate(v);
  return String(v);
}

/** In the popup a long list of reworded requirements would push the posting out of sight: the first few, one line each. */
const POPUP_REQUIREMENTS = 3;

function Requirements({ texts, compact }: { texts: readonly string[]; compact: boolean }) {
  const shown = compact ? texts.slice(0, POPUP_REQUIREMENTS) : texts;
  return (
    <ul className={compact ? 'clipped' : undefined}>
      {shown.map((text, i) => (
        <li key={i} title={compact ? text : undefined}>
          {text}
        </li>
      ))}
      {texts.length > shown.length && <li data-change="more">{t('requirementsMore', texts.length - shown.length)}</li>}
    </ul>
  );
}

/**
 * What the latest capture changed: facts old → new, corrections that now differ, requirements
 * in and out. `compact` (the popup): requirement texts shortened, the full list is in the library.
 */
export function RecaptureSummary({ changes, compact = false }: { changes: RecaptureChanges; compact?: boolean }) {
  return (
    <section className="notice recapture" data-state="recapture-changes" aria-label={t('recaptureChanges')}>
      <strong>{t('recaptureChanges')}</strong>
      <ul>
        {changes.facts.map((c) => (
          <li key={`fact-${c.field}`} data-change={c.field}>
            {c.field === 'deadline' && typeof c.from === 'string' && typeof c.to === 'string' && c.from && c.to
              ? t('deadlineMoved', formatDateMove(c.from, c.to).from, formatDateMove(c.from, c.to).to)
              : t('factChanged', t(LABEL[c.field]), show(c.field, c.from), show(c.field, c.to))}
          </li>
        ))}
        {changes.corrections.map((c) => (
          <li key={`yours-${c.field}`} data-change={`correction-${c.field}`}>
            {t('correctionDiffers', t(LABEL[c.field]), show(c.field, c.yours), show(c.field, c.page))}
          </li>
        ))}
        {changes.added.length > 0 && (
          <li data-change="added">
            {t('requirementsAdded', changes.added.length)}
            <Requirements texts={changes.added} compact={compact} />
          </li>
        )}
        {changes.gone.length > 0 && (
          <li data-change="gone">
            {t('requirementsGone', changes.gone.length)}
            <Requirements texts={changes.gone} compact={compact} />
          </li>
        )}
      </ul>
    </section>
  );
}
