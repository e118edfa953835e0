/**
 * Which fact a label announces. The words are data (vocabulary/labels.ts); this file turns
 * them into one anchored pattern per field and answers for a label text. Labels are matched
 * after fold() against the whole label, so "Tarief" matches but a sentence with "tarief"
 * does not.
 */
import { fold } from '../parse/text';
import { GLUED_LABELS, LABELS, LABEL_ORDER, NOT_THE_CLOSING_DATE } from '../vocabulary/labels';
import { anyPhrase, phraseSamples, wholePhrase } from '../vocabulary/phrases';

export type LabelField =
  | 'title'
  | 'client'
  | 'location'
  | 'region'
  | 'rate'
  | 'hours'
  | 'deadline'
  | 'deadlineTime'
  | 'posted'
  | 'start'
  | 'end'
  | 'duration'
  | 'extension'
  | 'reference';

const PATTERNS: [LabelField, RegExp][] = LABEL_ORDER.map((field) => [field, wholePhrase(LABELS[field])]);
const OTHER_DEADLINE = anyPhrase(NOT_THE_CLOSING_DATE);

const verdicts = new Map<string, LabelField | null>();

/** Every word a label can start with: most lines start with none, and need no further look. */
const FIRST_WORDS = new Set(Object.values(LABELS).flatMap((entries) => entries.flatMap((e) => phraseSamples(e).map((sample) => sample.split(' ')[0]))));

/** Could a label start with this word (as written on the page)? */
export function couldStartLabel(word: string): boolean {
  return FIRST_WORDS.has(fold(word).replace(/\//g, ' ').split(' ')[0] ?? '');
}

/** The field a label announces, or null. Memoised: a page asks about the same short texts often. */
export function labelField(label: string): LabelField | null {
  if (label.length > 80) return null;
  let field = verdicts.get(label);
  if (field === undefined) {
    field = matchLabel(label);
    if (verdicts.size > 5000) verdicts.clear();
    verdicts.set(label, field);
  }
  return field;
}

function matchLabel(label: string): LabelField | null {
  // "Uren/week", "t/m", "p/w": slashes separate words in labels.
  const t = fold(label).replace(/\//g, ' ').replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > 60) return null;
  for (const [field, re] of PATTERNS) {
    if (re.test(t)) return (field === 'deadline' || field === 'deadlineTime') && OTHER_DEADLINE.test(t) ? null : field;
  }
  return null;
}

/** Labels glued to values ("Opdracht tarief 115Opdracht uren 32"); longest first so "Start date" wins over "Start". */
export const GLUED_LABEL = new RegExp(
  `(?:${[...GLUED_LABELS].sort((a, b) => b.length - a.length).join('|')})(?=\\s*:?\\s*\\S)`,
  'g',
);
