import { type SavedPosting, effective } from '../../lib/saved-posting';
import { DeadlineBadge } from '../../components/deadline-badge';
import { formatDate, formatHours, formatMonths, formatRate } from '../../components/format';
import { t } from '../../components/i18n';
import { GoNoGoLine } from './go-no-go-line';
import { AlsoOnLines } from '../../components/same-assignment';

/** What the user sees right after a capture: the facts that decide whether to bid. */
export function PostingSummary({ saved, now }: { saved: SavedPosting; now: Date }) {
  const p = effective(saved);
  const count = (kind: string) => saved.checklist.filter((i) => i.kind === kind).length;
  const checked = saved.checklist.filter((i) => i.state !== 'open').length;
  const start = p.startAsap ? t('asap') : p.startDate ? formatDate(p.startDate) : t('unknown');
  const duration = p.durationMonths !== null ? formatMonths(p.durationMonths) : p.endDate ? t('untilDate', formatDate(p.endDate)) : t('unknown');
  return (
    <section>
      <h1 data-field="title">{p.title ?? p.url}</h1>
      <div className="muted">{[p.client, p.location].filter(Boolean).join(' · ')}</div>
      <dl className="facts">
        <dt>{t('fieldRate')}</dt>
        <dd data-field="rate">{formatRate(p.rate)}</dd>
        <dt>{t('fieldHours')}</dt>
        <dd data-field="hours">{formatHours(p.hoursPerWeek)}</dd>
        <dt>{t('fieldDeadline')}</dt>
        <dd>
          <DeadlineBadge deadline={p.deadline} now={now} />
        </dd>
        <dt>{t('fieldStart')}</dt>
        <dd data-field="start">{start}</dd>
        <dt>{t('fieldDuration')}</dt>
        <dd data-field="duration">{duration}</dd>
        <dt>{t('knockouts')}</dt>
        <dd data-field="knockouts">{count('knockout')}</dd>
        <dt>{t('wishes')}</dt>
        <dd data-field="wishes">{count('wish')}</dd>
        <dt>{t('others')}</dt>
        <dd data-field="others">{count('other')}</dd>
      </dl>
      {/* Next to the facts: it compares this portal's rate with the others'. */}
      <AlsoOnLines saved={saved} />
      <div className="muted" data-field="progress">
        {t('progress', checked, saved.checklist.length)}
      </div>
      <GoNoGoLine saved={saved} />
    </section>
  );
}
