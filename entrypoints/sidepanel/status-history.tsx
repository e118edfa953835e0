import { useState } from 'react';
import { offeredRateOf, withOfferedRate } from '../../lib/library/status-change';
import type { SavedPosting } from '../../lib/saved-posting';
import { formatAmount, formatDate } from '../../components/format';
import { t } from '../../components/i18n';

const OFFERED = /^\s*(?:€\s*)?(\d{1,5}(?:[.,]\d{1,2})?)\s*$/;

/** Once a bid is in: the rate offered (saved when the field is left), and every status change with its date. */
export function StatusHistory({ saved, change }: { saved: SavedPosting; change: (fn: (s: SavedPosting) => SavedPosting) => void }) {
  const [refused, setRefused] = useState(false);
  const offered = offeredRateOf(saved);
  const save = (text: string) => {
    const m = OFFERED.exec(text);
    if (text.trim() && !m) return setRefused(true);
    setRefused(false);
    const rate = m ? Number(m[1].replace(',', '.')) : null;
    if (rate !== offered) change((s) => withOfferedRate(s, rate && rate > 0 ? rate : null, new Date().toISOString()));
  };
  const bidIn = ['submitted', 'won', 'lost'].includes(saved.status);
  return (
    <>
      {bidIn && (
        <label className="offered">
          {t('offeredRate')}{' '}
          <input
            key={offered ?? 'none'}
            type="text"
            inputMode="decimal"
            size={8}
            defaultValue={offered === null ? '' : String(offered).replace('.', ',')}
            aria-invalid={refused}
            data-field="offered-rate"
            onBlur={(e) => save(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && save(e.currentTarget.value)}
          />
          {refused && (
            <span role="alert" className="problem-text">
              {t('offeredRateInvalid')}
            </span>
          )}
        </label>
      )}
      {saved.statusHistory && saved.statusHistory.length > 1 && (
        <details className="status-history">
          <summary>{t('statusHistory')}</summary>
          <ol data-field="status-history">
            {saved.statusHistory.map((c, i) => (
              <li key={`${c.at}-${i}`}>
                {formatDate(c.at.slice(0, 10))}: {t(`status_${c.status}`)}
                {c.offeredRate ? ` · ${t('offeredAt', formatAmount(c.offeredRate))}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
