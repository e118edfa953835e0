/**
 * Languages and levels: basis/A1–A2 < redelijk/B1 < goed/B2 < vloeiend/C1 < moedertaal/
 * native/C2. "Beheersing van de Nederlandse taal" asks B2. A CV written in Dutch shows
 * Dutch at B2 or better, but only a languages line is evidence, so without one it is unclear.
 */
import { plain } from '../terms';
import { type Check, fromLine } from './check';

const LANGUAGES: [string, RegExp][] = [
  ['nl', /\b(?:nederlands|nederlandse|dutch)\b/],
  ['en', /\b(?:engels|engelse|english)\b/],
  ['de', /\b(?:duits|duitse|german)\b/],
  ['fr', /\b(?:frans|franse|french)\b/],
];
const LEVELS: [number, RegExp][] = [
  [6, /\b(?:moedertaal|native|mother tongue|c2|near native|tweetalig|bilingual)\b/],
  [5, /\b(?:vloeiend|fluent|fluently|c1|uitstekend|excellent|zeer goed|very good|professional working)\b/],
  [4, /\b(?:goed|good|b2|proficient|professional)\b/],
  [3, /\b(?:redelijk|reasonable|b1|intermediate|voldoende)\b/],
  [2, /\b(?:basis|basic|a2|elementary|beginner)\b/],
  [1, /\ba1\b/],
];
const ASKS_LANGUAGE = /\b(?:taal|talen|language|beheersing|beheers|beheerst|spreek|spreekt|schrijf|schrijft|vaardig|vloeiend|fluent|proficien|niveau|level|woord en geschrift|written and spoken|spoken and written)\b/;

const levelOf = (t: string) => LEVELS.find(([, re]) => re.test(t))?.[0] ?? null;

export const checkLanguages: Check = (requirement, { index }) => {
  const asked = plain(requirement);
  if (!ASKS_LANGUAGE.test(asked)) return null;
  const wanted = LANGUAGES.filter(([, re]) => re.test(asked));
  if (wanted.length === 0) return null;
  const need = levelOf(asked) ?? 4;
  const short = [];
  for (const [code, re] of wanted) {
    const lines = index.lines.filter((l) => re.test(plain(l.text)) && (l.section === 'languages' || levelOf(plain(l.text)) !== null));
    const best = lines.map((line) => ({ line, level: levelOf(plain(line.text)) ?? 0 })).sort((a, b) => b.level - a.level)[0];
    if (!best || best.level === 0) {
      if (code === index.language && code === 'nl') short.push({ code, evidence: null });
      else short.push({ code, evidence: best?.line ?? null, missing: true });
      continue;
    }
    if (best.level < need) return { verdict: 'unmet', evidence: [fromLine(best.line)], years: null, why: `${code} below the level asked` };
    short.push({ code, evidence: best.line, ok: true });
  }
  const evidence = short.flatMap((s) => (s.evidence ? [fromLine(s.evidence)] : []));
  if (short.some((s) => 'missing' in s)) return { verdict: 'unmet', evidence, years: null, why: 'a language asked is not in the CV' };
  if (short.every((s) => 'ok' in s)) return { verdict: 'met', evidence, years: null, why: 'language at the level asked' };
  return { verdict: 'unclear', evidence, years: null, why: 'the CV is written in Dutch but names no level' };
};
