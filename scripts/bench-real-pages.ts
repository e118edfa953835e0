/**
 * The real-page part of `npm run bench:extract`: field accuracy, requirement F1 and
 * deadline accuracy on ../shared/real-pages (real portal pages beside the repository),
 * reported apart from our own fixtures. Prints nothing but a note when they are absent.
 */
import { extractPosting } from '../lib/extract';
import { htmlDocument } from '../lib/node/html-document';
import { REAL_PAGES_DIR, loadRealPages, scoreRealPage, summarise } from '../tests/support/real-pages';

/** Prints the figures; returns false when a target is missed. */
export function benchRealPages(): boolean {
  const pages = loadRealPages();
  if (pages.length === 0) {
    console.log(`real pages          none at ${REAL_PAGES_DIR} (not part of this repository)`);
    return true;
  }
  const scores = pages.map(({ html, expected }) => scoreRealPage(extractPosting(htmlDocument(html), expected.url, { now: expected.now }), expected));
  const t = summarise(scores);
  const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`real pages (${pages.length}, ../shared/real-pages)`);
  console.log(`  field accuracy    ${t.fields.toFixed(3)}   target ≥ 0.97  ${check(t.fields >= 0.97)}`);
  console.log(`  requirement F1    ${t.f1.toFixed(3)}  (P ${t.precision.toFixed(3)}, R ${t.recall.toFixed(3)})   target ≥ 0.95  ${check(t.f1 >= 0.95)}`);
  console.log(`  deadlines         ${t.deadlines.toFixed(2)}   target 1.00  ${check(t.deadlines === 1)}   (${t.counts})`);
  return t.fields >= 0.97 && t.f1 >= 0.95 && t.deadlines === 1;
}
