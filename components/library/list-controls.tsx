import type { ListQuery, SortBy } from '../../lib/library/list-query';
import { PostingStatus } from '../../lib/saved-posting';
import { t } from '../i18n';
import { StatusOptions } from './status-options';

/** Search, sort and filter for the library list. */
export function ListControls({ query, onChange }: { query: ListQuery; onChange: (q: ListQuery) => void }) {
  const status = query.statuses[0] ?? '';
  return (
    <div className="controls">
      <input
        type="search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        value={query.search}
        onChange={(e) => onChange({ ...query, search: e.target.value })}
      />
      <label>
        {t('sortBy')}{' '}
        <select value={query.sortBy} onChange={(e) => onChange({ ...query, sortBy: e.target.value as SortBy })}>
          <option value="deadline">{t('sortDeadline')}</option>
          <option value="rate">{t('sortRate')}</option>
          <option value="captured">{t('sortCaptured')}</option>
        </select>
      </label>
      <label>
        {t('filterStatus')}{' '}
        <select value={status} onChange={(e) => onChange({ ...query, statuses: e.target.value ? [PostingStatus.parse(e.target.value)] : [] })}>
          <option value="">{t('allStatuses')}</option>
          <StatusOptions />
        </select>
      </label>
      <label>
        <input type="checkbox" checked={query.hideClosed} onChange={(e) => onChange({ ...query, hideClosed: e.target.checked })} /> {t('hideClosed')}
      </label>
    </div>
  );
}
