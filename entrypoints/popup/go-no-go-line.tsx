import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { PROFILE_ID } from '../../lib/cv/stored-profile';
import { goNoGo } from '../../lib/match/go-no-go';
import { cvIndexOf, hasCv, suggestionsFor } from '../../lib/match/posting-suggestions';
import { type SavedPosting, effective } from '../../lib/saved-posting';
import { db } from '../../components/db';
import { formatNumber as formatIn } from '../../lib/format/facts';
import { t, uiLanguage } from '../../components/i18n';

const formatNumber = (n: number) => formatIn(n, uiLanguage());

/**
 * "Knock-outs: 3 evidenced, 1 unclear, 0 unmet · rate fits · 32 of 36 hours", from the
 * user's ticks and, where they set none, the CV's suggestions. Read after the posting is
 * shown: the CV is read only once the profile arrives.
 */
export function GoNoGoLine({ saved }: { saved: SavedPosting }) {
  const profile = useLiveQuery(async () => (await db.profile.get(PROFILE_ID)) ?? null, []);
  const cv = hasCv(profile ?? undefined) ? profile : null;
  // The CV is read once; the posting's live updates only match it again.
  const index = useMemo(() => (cv ? cvIndexOf(cv) : null), [cv]);
  const line = useMemo(() => {
    if (!cv || !index) return null;
    const g = goNoGo(saved.checklist, suggestionsFor(saved, cv, index), effective(saved), cv.settings);
    const total = g.knockouts.met + g.knockouts.unclear + g.knockouts.unmet;
    const risk = g.knockouts.unmet > 0 || (g.rate !== null && !g.rate.fits) || (g.hours !== null && g.hours.mine < g.hours.asked);
    const text = [
      total === 0 ? t('goNoGoNoKnockouts') : t('goNoGoKnockouts', g.knockouts.met, g.knockouts.unclear, g.knockouts.unmet),
      g.rate && (g.rate.fits ? t('goNoGoRateFits') : t('goNoGoRateAbove', formatNumber(g.rate.mine), formatNumber(g.rate.cap))),
      g.hours && t('goNoGoHours', formatNumber(g.hours.mine), formatNumber(g.hours.asked)),
    ]
      .filter(Boolean)
      .join(' · ');
    return { text, risk };
  }, [saved, cv, index]);
  return (
    <p className={line ? `go-no-go ${line.risk ? 'risk' : 'ok'}` : 'muted'} data-field="go-no-go" data-risk={line?.risk}>
      {profile === undefined ? '…' : (line?.text ?? t('goNoGoPending'))}
    </p>
  );
}
