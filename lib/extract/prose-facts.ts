/**
 * Facts written in sentences, the last resort: "De opdracht sluit 04-09-2025",
 * "De opdracht start op 5 januari 2026 en loopt tot en met 31 december 2026",
 * "voor gemiddeld 24 uur", "maximaal gelijk aan 120 euro per uur", "Voor de gemeente X
 * zoeken wij". Each fact's value starts at the keyword so the right date is read.
 */
import { mentionsHourlyRate } from '../parse/rate';
import type { Fact } from './fact';
import { type LabelField, labelField } from './labels';
import type { PageLine } from './page-reading';

const KEYWORDS: [LabelField, RegExp][] = [
  [
    'deadline',
    /\b(?:(?:de\s+)?(?:opdracht|aanvraag|inschrijving|vacature)\s+sluit|sluit(?:ingsdatum|\s+op|\s+(?:over|morgen|vandaag|overmorgen))|sluitingsdatum|reageren\s+(?:kan\s+)?(?:tot|voor|vóór|uiterlijk|t\/m)|reageer\s+(?:voor|vóór|uiterlijk|tot)|(?:je\s+)?(?:hebt|heeft)\s+nog|inschrijven\s+(?:kan\s+)?(?:tot|voor|vóór)|solliciteren\s+(?:kan\s+)?(?:tot|voor|vóór)|deadline|closing\s+date|applications?\s+close|apply\s+(?:before|by))/i,
  ],
  ['posted', /\b(?:geplaatst|gepubliceerd|published|posted)\b/i],
  [
    'start',
    /\b(?:start(?:datum|en|t)?(?:\s+(?:op|per|in|vanaf|is))?|begint(?:\s+op)?|aanvang|ingangsdatum|vanaf|per\s+(?=\d|direct)|starting|start\s+date|commences?)\b/i,
  ],
  ['end', /\b(?:loopt\s+(?:tot(?:\s+en\s+met)?|t\/m|door\s+tot)|tot\s+en\s+met|t\/m|einddatum|eindigt(?:\s+op)?|opdracht\s+tot|until|ends?\s+on)\b/i],
  [
    'duration',
    /\b(?:(?:de\s+)?(?:gehele\s+)?(?:maximale\s+)?looptijd|voor\s+(?:een\s+)?(?:periode|duur)\s+van|(?:de\s+)?duur\s+van|periode\s+van|for\s+(?:a\s+period\s+of\s+)?(?=\d+\s+months)|duration)\b/i,
  ],
  ['extension', /\b(?:(?:optie|mogelijkheid)\s+(?:tot|op)\s+verlenging|verlengingsoptie|option\s+to\s+extend|(?:kan|kunnen|wordt|worden)\b[^.]{0,50}\bverlengd)\b/i],
  ['hours', /\b(?:\d{1,2}(?:\s*(?:-|tot)\s*\d{1,2})?\s*(?:uur|uren|hours|hrs)\b|gemiddeld\s+\d|(?:\w+\s+)dagen\s+per\s+week)/i],
];

/** Split a line into sentences without cutting "z.s.m." or "04.09.2025". */
function sentences(text: string): string[] {
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
    // "Reageren tot en met: 24 oktober 2025" is a label line, read by the label rules.
    const label = LABEL_LINE.exec(line.text);
    if (label && labelField(label[1])) return;
    for (const sentence of sentences(line.text)) {
      const aboutClosing = KEYWORDS[0][1].test(sentence);
      for (const [field, re] of keywords) {
        if (field === 'deadline' && !wanted.has('deadline')) continue;
        const m = re.exec(sentence);
        if (!m || ((field === 'end' || field === 'start') && aboutClosing)) continue;
        const value = field === 'hours' ? sentence : sentence.slice(m.index);
        facts.push({ field, value, snippet: sentence, source: 'prose', line: i, hidden: line.hidden });
      }
      if (rate && mentionsHourlyRate(sentence)) {
        facts.push({ field: 'rate', value: sentence, snippet: sentence, source: 'prose', line: i, hidden: line.hidden });
      }
    }
  });
  return facts;
}
