import { ACTIVE_STATUSES, type ListQuery, SortBy } from '../../lib/library/list-query';
import { statusGroup } from '../../lib/library/status-group';
import { PostingStatus } from '../../lib/saved-posting';
import { t } from '../../components/i18n';

const WEEK = 7;

/** Search, sort and filters for the library list: statuses (several at once, or the "Active" preset) and "closes this week". */
export function ListControls({ query, onChange }: { query: ListQuery; onChange: (q: ListQuery) => void }) {
  const toggle = (status: PostingStatus) =>
    onChange({ ...query, statuses: query.statuses.includes(status) ? query.statuses.filter((s) => s !== status) : [...query.statuses, status] });
  const active = query.statuses.length === ACTIVE_STATUSES.length && ACTIVE_STATUSES.every((s) => query.statuses.includes(s));
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
        <select value={query.sortBy} onChange={(e) => onChange({ ...query, sortBy: SortBy.parse(e.target.value) })} data-control="sort">
          <option value="deadline">{t('sortDeadline')}</option>
          <option value="rate">{t('sortRate')}</option>
          <option value="captured">{t('sortCaptured')}</option>
        </select>
      </label>
      <div className="chips" role="group" aria-label={t('filterStatus')}>
        <button type="button" className="chip" aria-pressed={active} onClick={() => onChange({ ...query, statuses: active ? [] : [...ACTIVE_STATUSES] })} data-filter="active">
          {t('statusActive')}
        </button>
        {PostingStatus.options.map((s) => (
          <button type="button" key={s} className={`chip status-${statusGroup(s)}`} aria-pressed={query.statuses.includes(s)} onClick={() => toggle(s)} data-filter={`status-${s}`}>
            {t(`status_${s}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="chip"
        aria-pressed={query.closingWithinDays === WEEK}
        onClick={() => onChange({ ...query, closingWithinDays: query.closingWithinDays === WEEK ? null : WEEK })}
        data-filter="closes-this-week"
      >
        {t('closesThisWeek')}
      </button>
      <label>
        <input type="checkbox" checked={query.hideClosed} onChange={(e) => onChange({ ...query, hideClosed: e.target.checked })} data-filter="hide-closed" /> {t('hideClosed')}
      </label>
    </div>
  );
}
