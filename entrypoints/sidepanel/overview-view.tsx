import { useLiveQuery } from 'dexie-react-hooks';
import { type Overview, overviewOf } from '../../lib/library/overview';
import { PostingStatus } from '../../lib/saved-posting';
import { db } from '../../components/db';
import { formatAmount, formatDate } from '../../components/format';
import { t } from '../../components/i18n';

/** The pipeline: postings per status, bids this month, won and lost, offered rates over time. */
export function OverviewView() {
  const month = new Date().toISOString().slice(0, 7);
  const overview = useLiveQuery(async () => overviewOf(await db.postings.toArray(), month), [month]);
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h2 id="overview-title" ref={(el) => el?.focus()} tabIndex={-1}>
        {t('overviewTitle')}
      </h2>
      {overview && (
        <>
          <dl className="status-counts" data-field="per-status">
            {PostingStatus.options.map((s) => (
              <div className="field" key={s} data-status={s}>
                <dt>{t(`status_${s}`)}</dt>
                <dd>{overview.perStatus[s]}</dd>
              </div>
            ))}
          </dl>
          <p data-field="pipeline">
            {t('overviewPipeline', overview.submittedThisMonth, overview.won, overview.lost)}
            {overview.winRate !== null && ` · ${t('overviewWinRate', Math.round(overview.winRate * 100))}`}
          </p>
          <h3>{t('overviewOffered')}</h3>
          {overview.offered.length === 0 ? <p className="muted">{t('overviewNoOffers')}</p> : <OfferedChart offered={overview.offered} />}
        </>
      )}
    </section>
  );
}

const W = 360;
const H = 140;
const PAD = 28;

/** Offered rates over time: one dot per bid (filled when won), on a small line chart. */
function OfferedChart({ offered }: { offered: Overview['offered'] }) {
  const days = offered.map((o) => Date.parse(o.day));
  const rates = offered.map((o) => o.rate);
  const [d0, d1] = [Math.min(...days), Math.max(...days)];
  const [r0, r1] = [Math.min(...rates) * 0.95, Math.max(...rates) * 1.05];
  const x = (d: number) => PAD + (d1 === d0 ? (W - 2 * PAD) / 2 : ((d - d0) / (d1 - d0)) * (W - 2 * PAD));
  const y = (r: number) => H - PAD - (r1 === r0 ? (H - 2 * PAD) / 2 : ((r - r0) / (r1 - r0)) * (H - 2 * PAD));
  const points = offered.map((o, i) => ({ ...o, cx: x(days[i]), cy: y(o.rate) }));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('overviewChartLabel', offered.length)} data-field="offered-chart">
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} className="axis" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} className="axis" />
        <text x={4} y={PAD} className="tick">{formatAmount(Math.max(...rates))}</text>
        <text x={4} y={H - PAD} className="tick">{formatAmount(Math.min(...rates))}</text>
        <polyline points={points.map((p) => `${p.cx},${p.cy}`).join(' ')} className="trend" />
        {points.map((p, i) => (
          <circle key={`${p.day}-${i}`} cx={p.cx} cy={p.cy} r={4} className={p.status === 'won' ? 'won' : 'offer'} data-rate={p.rate}>
            <title>{`${formatDate(p.day)}: ${p.title} · ${formatAmount(p.rate)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="muted">
        {formatDate(offered[0].day)} – {formatDate(offered.at(-1)!.day)}
      </figcaption>
    </figure>
  );
}
