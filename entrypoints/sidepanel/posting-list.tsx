import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ListRow } from '../../lib/library/list-query';
import { portalName } from '../../lib/library/portal-name';
import { statusGroup } from '../../lib/library/status-group';
import { DeadlineBadge } from '../../components/deadline-badge';
import { formatHoursShort, formatRateShort } from '../../components/format';
import { t } from '../../components/i18n';

const ROW_HEIGHT = 76;

interface Props {
  rows: ListRow[];
  now: Date;
  onOpen: (id: string) => void;
  /** Where the list was scrolled to, so coming back from a posting lands in the same place. */
  scrollTop: number;
  onScroll: (top: number) => void;
}

/**
 * The saved postings, virtualised: only the rows on screen are rendered, even with 10,000.
 * Each row answers "should I look at this?": title, client and portal, rate, hours, days
 * left, status (coloured by group) and checklist progress.
 */
export function PostingList({ rows, now, onOpen, scrollTop, onScroll }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialOffset: scrollTop,
  });
  return (
    <div ref={scroller} className="list" role="list" aria-label={t('libraryTitle')} data-count={rows.length} onScroll={(e) => onScroll(e.currentTarget.scrollTop)}>
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const rate = formatRateShort({ min: row.rateMin, max: row.rateMax });
          const hours = formatHoursShort({ min: row.hoursMin, max: row.hoursMax });
          return (
            <div
              role="listitem"
              key={row.id}
              data-posting-id={row.id}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <button type="button" className="row" data-posting-id={row.id} onClick={() => onOpen(row.id)}>
              <span className="row-title">{row.title}</span>
              <span className="muted row-sub" data-also-on={row.alsoOn?.join(' | ')}>
                {[row.client, [portalName(row.sourceHost), ...(row.alsoOn ?? [])].filter(Boolean).join(' + ')].filter(Boolean).join(' · ')}
              </span>
              <span className="row-meta">
                {rate && <span data-field="rate">{rate}</span>}
                {hours && <span data-field="hours">{hours}</span>}
                <DeadlineBadge deadline={row.deadline || null} now={now} compact />
                <span className={`badge status-${statusGroup(row.status)}`} data-status={row.status}>
                  {t(`status_${row.status}`)}
                </span>
                <span className="muted" data-field="progress">
                  {t('progressShort', row.checked, row.total)}
                </span>
              </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
