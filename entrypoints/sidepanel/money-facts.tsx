import { useLiveQuery } from 'dexie-react-hooks';
import { EMPTY_PROFILE } from '../../lib/cv/cv';
import { PROFILE_ID } from '../../lib/cv/stored-profile';
import { loadSettings } from '../../lib/db/settings';
import { type FitFlag, fitFlags, moneyOf } from '../../lib/library/money';
import { portalName } from '../../lib/library/portal-name';
import { localDay } from '../../lib/parse/date';
import type { Posting } from '../../lib/posting';
import { marginFor } from '../../lib/settings';
import { db } from '../../components/db';
import { formatAmount, formatDate, formatEuros } from '../../components/format';
import { t } from '../../components/i18n';

function flagText(flag: FitFlag): string {
  switch (flag.kind) {
    case 'rate-above-cap':
      return t('fitRateAboveCap', formatAmount(flag.mine), formatAmount(flag.cap));
    case 'more-hours':
      return t('fitMoreHours', flag.asked, flag.mine);
    case 'starts-before-available':
      return t('fitStartsEarly', formatDate(flag.start), formatDate(flag.available));
  }
}

/** Contract value, the net rate after the portal's margin, and where the posting does not fit the user's profile. */
export function MoneyFacts({ posting }: { posting: Posting }) {
  const settings = useLiveQuery(() => loadSettings(db), []);
  const profile = useLiveQuery(async () => (await db.profile.get(PROFILE_ID))?.settings ?? EMPTY_PROFILE, []);
  if (!settings || !profile) return null;
  const margin = marginFor(settings, posting.sourceHost);
  const money = moneyOf(posting, margin);
  const flags = fitFlags(posting, money, profile, localDay());
  return (
    <section className="money" aria-labelledby="money-title" data-field="money">
      <h3 id="money-title">{t('moneyTitle')}</h3>
      <p data-field="contract-value">
        {money.contractValue !== null && money.rate !== null && money.hoursPerWeek !== null && money.weeks !== null
          ? t('contractValue', formatEuros(money.contractValue), formatAmount(money.rate), money.hoursPerWeek, Math.round(money.weeks))
          : t('contractValueUnknown')}
      </p>
      {margin > 0 && money.netRate !== null && (
        <p data-field="net-rate">
          {t('netRate', String(margin).replace('.', ','), portalName(posting.sourceHost), formatAmount(money.netRate))}
          {money.netContractValue !== null && ` · ${formatEuros(money.netContractValue)}`}
        </p>
      )}
      {flags.length > 0 && (
        <ul className="fit-flags" data-field="fit-flags">
          {flags.map((f) => (
            <li key={f.kind} data-flag={f.kind}>
              {flagText(f)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
