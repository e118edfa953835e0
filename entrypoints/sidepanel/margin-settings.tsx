import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadSettings, updateSettings } from '../../lib/db/settings';
import { portalName } from '../../lib/library/portal-name';
import { marginFor } from '../../lib/settings';
import { db } from '../../components/db';
import { t } from '../../components/i18n';

/** Per portal: the share of the client's rate the broker keeps. Saved when the field is left. */
export function MarginSettings() {
  const settings = useLiveQuery(() => loadSettings(db), []);
  const hosts = useLiveQuery(
    async () => [...new Set((await db.summaries.toArray()).map((s) => s.sourceHost).filter(Boolean))].sort((a, b) => portalName(a).localeCompare(portalName(b)) || a.localeCompare(b)),
    [],
  );
  const [problem, setProblem] = useState<string | null>(null);
  if (!settings || !hosts) return null;
  const save = (host: string, text: string) => {
    const percent = Number(text.replace(',', '.').trim() || '0');
    if (!Number.isFinite(percent) || percent < 0 || percent > 50) {
      setProblem(host);
      return;
    }
    setProblem(null);
    void updateSettings(db, (s) => ({ ...s, brokerMargins: [...s.brokerMargins.filter((m) => m.host !== host), ...(percent > 0 ? [{ host, percent }] : [])].sort((a, b) => a.host.localeCompare(b.host)) }));
  };
  return (
    <section aria-labelledby="margins-title" className="settings-section">
      <h3 id="margins-title">{t('marginsTitle')}</h3>
      <p className="muted">{t('marginsIntro')}</p>
      {hosts.length === 0 && <p className="muted">{t('marginsNone')}</p>}
      <ul className="margins">
        {hosts.map((host) => (
          <li key={`${host}-${marginFor(settings, host)}`}>
            <label>
              <span>
                {portalName(host)}
                {portalName(host) !== host && <span className="muted"> ({host})</span>}
              </span>
              <input
                type="text"
                inputMode="decimal"
                size={5}
                defaultValue={marginFor(settings, host) || ''}
                placeholder="0"
                aria-label={t('marginPercent', portalName(host))}
                aria-invalid={problem === host}
                data-margin={host}
                onBlur={(e) => save(host, e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && save(host, e.currentTarget.value)}
              />
              %
            </label>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="notice problem" role="alert" data-state="margin-problem">
          {t('marginInvalid')}
        </p>
      )}
    </section>
  );
}
