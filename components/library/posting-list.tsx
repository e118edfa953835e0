import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { PostingSummary } from '../../lib/library/posting-summary';
import { DeadlineBadge } from '../deadline-badge';
import { t } from '../i18n';

const ROW_HEIGHT = 64;

/** The saved postings, virtualised: only the rows on screen are rendered, even with 10,000. */
export function PostingList({ rows, now, onOpen }: { rows: PostingSummary[]; now: Date; onOpen: (id: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  return (
    <div ref={scroller} className="list" role="list" aria-label={t('libraryTitle')} data-count={rows.length}>
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <button
              type="button"
              role="listitem"
              key={row.id}
              className="row"
              data-posting-id={row.id}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(row.id)}
            >
              <span className="row-title">{row.title}</span>
              <span className="muted row-sub">{[row.client, row.location, row.rateText].filter(Boolean).join(' · ')}</span>
              <span className="row-meta">
                <DeadlineBadge deadline={row.deadline || null} now={now} /> <span className="badge">{t(`status_${row.status}`)}</span>{' '}
                <span className="muted">{t('progress', row.checked, row.total)}</span>
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
