/**
 * Facts written in sentences, the last resort: "De opdracht sluit 04-09-2025",
 * "De opdracht start op 5 januari 2026 en loopt tot en met 31 december 2026",
 * "voor gemiddeld 24 uur", "maximaal gelijk aan 120 euro per uur", "Voor de gemeente X
 * zoeken wij". Each fact's value starts at the keyword so the right date is read.
 */
import { mentionsHourlyRate } from '../parse/rate';
import { PROSE_CUES } from '../vocabulary/prose-cues';
import { cuePhrase, withoutAccents } from '../vocabulary/phrases';
import type { Fact } from './fact';
import { type LabelField, labelField } from './labels';
import type { PageLine } from './page-reading';

const KEYWORDS: [LabelField, RegExp][] = Object.entries(PROSE_CUES).map(([field, cues]) => [field as LabelField, cuePhrase(cues)]);
const CLOSING = KEYWORDS.find(([field]) => field === 'deadline')![1];
/** Any cue at all: most sentences have none, and are looked at once instead of once per field. */
const ANY_CUE = cuePhrase(Object.values(PROSE_CUES).flat());
/** Fields read from the whole sentence rather than from the cue on ("24 uur" comes before its cue; "kan 2 keer worden verlengd"). */
const WHOLE_SENTENCE: ReadonlySet<LabelField> = new Set(['hours', 'extension']);

/** Split a line into sentences without cutting "z.s.m." or "04.09.2025". */
function sentences(text: string): string[] {
  // Most lines are one sentence: no full stop, question or exclamation mark before a space.
  if (!/[.!?]\s/.test(text)) return [text];
  return text.split(/(?<=[a-z)\]][.!?])\s+(?=[A-Z])/);
}

const ALL: ReadonlySet<LabelField> = new Set(KEYWORDS.map(([field]) => field).concat('rate'));
const LABEL_LINE = /^([^:：]{2,50}?)\s*[:：]/;

/** Facts from sentences, for the `wanted` fields only (see prose-needed.ts). */
export function findProseFacts(lines: PageLine[], wanted: ReadonlySet<LabelField> = ALL): Fact[] {
  const facts: Fact[] = [];
  if (wanted.size === 0) return facts;
  const keywords = KEYWORDS.filter(([field]) => wanted.has(field) || field === 'deadline');
  const rate = wanted.has('rate');
  lines.forEach((line, i) => {
    if (line.noise || line.text.length < 12) return;
    // Composed (NFC) so the accent-free copy keeps the same positions; ASCII is already.
    let all = sentences(/[\u0080-\uffff]/.test(line.text) ? line.text.normalize('NFC') : line.text);
    // "Startdatum: 16 november 2026. De opdracht duurt 6 maanden.": the label rules read the
    // first sentence; the sentences after it are prose.
    // A label needs its colon within the first 60 characters; most sentences have none.
    const colon = line.text.slice(0, 60);
    const label = colon.includes(':') || colon.includes('：') ? LABEL_LINE.exec(line.text) : null;
    if (label && labelField(label[1])) all = all.slice(1);
    for (const sentence of all) {
      const plain = withoutAccents(sentence);
      if (rate && mentionsHourlyRate(sentence)) {
        facts.push({ field: 'rate', value: sentence, snippet: sentence, source: 'prose', line: i, hidden: line.hidden });
      }
      if (!ANY_CUE.test(plain)) continue;
      const aboutClosing = CLOSING.test(plain);
      for (const [field, re] of keywords) {
        if (field === 'deadline' && !wanted.has('deadline')) continue;
        const m = re.exec(plain);
        if (!m || ((field === 'end' || field === 'start') && aboutClosing)) continue;
        const value = WHOLE_SENTENCE.has(field) ? sentence : sentence.slice(m.index);
        facts.push({ field, value, snippet: sentence, source: 'prose', line: i, hidden: line.hidden });
      }
    }
  });
  return facts;
}
