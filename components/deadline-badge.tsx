import { deadlineStatus } from '../lib/library/deadline';
import { formatDate } from './format';
import { t } from './i18n';

/** The closing date with days left: warning colour under three days, "closed" when past. */
export function DeadlineBadge({ deadline, now }: { deadline: string | null; now: Date }) {
  const { state, daysLeft } = deadlineStatus(deadline, now);
  if (state === 'none') return <span className="muted">{t('noDeadline')}</span>;
  const label =
    state === 'closed' ? t('closed') : state === 'today' ? t('closesToday') : daysLeft === 1 ? t('oneDayLeft') : t('daysLeft', daysLeft ?? 0);
  return (
    <span>
      <span data-field="deadline">{formatDate(deadline)}</span>{' '}
      <span className={`badge ${state}`} data-deadline-state={state}>
        {label}
      </span>
    </span>
  );
}
