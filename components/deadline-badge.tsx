import { deadlineStatus } from '../lib/library/deadline';
import { formatDate, formatDaysLeft } from './format';
import { t } from './i18n';

/**
 * The closing date with days left: warning colour under three days, "closed" when past.
 * `compact` (list rows): the days left only, the date in its tooltip.
 */
export function DeadlineBadge({ deadline, now, compact = false }: { deadline: string | null; now: Date; compact?: boolean }) {
  const { state, daysLeft } = deadlineStatus(deadline, now);
  if (state === 'none') return <span className="muted">{t('noDeadline')}</span>;
  const label = state === 'closed' ? t('closed') : formatDaysLeft(daysLeft ?? 0);
  if (compact) {
    return (
      <span className={`badge ${state}`} data-deadline-state={state} title={formatDate(deadline)}>
        {label}
      </span>
    );
  }
  return (
    <span>
      <span data-field="deadline">{formatDate(deadline)}</span>{' '}
      <span className={`badge ${state}`} data-deadline-state={state}>
        {label}
      </span>
    </span>
  );
}
