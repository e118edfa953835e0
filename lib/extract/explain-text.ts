/**
 * The explanation (explanation.ts) as text a person reads, for `npm run extract -- --explain`:
 *
 *   deadline      2026-09-21   from prose
 *     ✓ prose       "Sluit over 4 dagen"                          2026-09-21   no more trusted source had a readable value
 *     · json-ld     "JSON-LD validThrough: 2026-09-22"            2026-09-22   prose is trusted before json-ld
 *     ✗ label       "Sluitingsdatum: zie hieronder"                             no date in it
 *
 * ✓ chosen, · a readable value that lost, ✗ refused (why on the right).
 */
import type { Posting } from '../posting';
import type { Explanation } from './explanation';

const MARK = { chosen: '✓', outranked: '·', rejected: '✗' } as const;

export function explanationText(posting: Posting, explanation: Explanation): string {
  const out: string[] = [];
  for (const f of explanation.fields) {
    const value = shownValue(posting, f.field);
    out.push(`${f.field.padEnd(15)} ${value}${f.source ? `   from ${f.source}` : ''}`);
    if (f.considered.length === 0) out.push('  (nothing on the page for this field)');
    for (const c of f.considered) {
      const text = `"${c.text.length > 60 ? `${c.text.slice(0, 59)}…` : c.text}"`;
      out.push(`  ${MARK[c.outcome]} ${c.source.padEnd(14)} ${text.padEnd(64)} ${(c.value ?? '').padEnd(16)} ${c.why}`);
    }
  }
  out.push('', `requirements    ${posting.requirements.length}`);
  if (explanation.requirements.length === 0) out.push('  (no heading on the page opens a requirement section)');
  for (const s of explanation.requirements) out.push(`  ${s.kind.padEnd(10)} ${String(s.items).padStart(3)} items   ${s.why}`);
  for (const [i, r] of posting.requirements.entries()) {
    out.push(`  ${String(i + 1).padStart(3)}. ${r.kind.padEnd(8)} ${r.weight !== undefined ? `(${r.weight}) ` : ''}${r.text.length > 100 ? `${r.text.slice(0, 99)}…` : r.text}`);
  }
  if (posting.warnings.length) out.push('', 'warnings', ...posting.warnings.map((w) => `  ${w.code}${w.detail ? `: ${w.detail}` : ''}`));
  return out.join('\n');
}

function shownValue(posting: Posting, field: string): string {
  const v = (posting as Record<string, unknown>)[field];
  if (field === 'startDate' && posting.startAsap) return 'as soon as possible';
  if (v === null || v === undefined) return '—';
  if (field === 'rate' && posting.rate) return `${posting.rate.min ?? ''}${posting.rate.min !== null && posting.rate.max !== null ? '–' : ''}${posting.rate.max ?? ''} EUR/h${posting.rate.min !== null && posting.rate.max === null ? ' or more' : ''}`;
  if (field === 'hoursPerWeek' && posting.hoursPerWeek) return `${posting.hoursPerWeek.min}${posting.hoursPerWeek.min !== posting.hoursPerWeek.max ? `–${posting.hoursPerWeek.max}` : ''} h/week`;
  return String(v);
}
