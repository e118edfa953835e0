/**
 * Every entry of the vocabulary (lib/vocabulary) is fed through the matcher that uses it:
 * a word added to a list is a word the engine knows, or this fails.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSiteName } from '../../lib/extract/broker';
import { clientFromProse, isBroker } from '../../lib/extract/client';
import { labelField } from '../../lib/extract/labels';
import { isNoiseElement, isNoiseHeading } from '../../lib/extract/noise';
import type { PageLine } from '../../lib/extract/page-reading';
import { findProseFacts } from '../../lib/extract/prose-facts';
import { endsSection, isPracticalHeading, sectionKind } from '../../lib/extract/section-vocabulary';
import { BROKERS, BROKER_WORDS } from '../../lib/vocabulary/brokers';
import { BEHALF_OF_CUES, SELF_CUES } from '../../lib/vocabulary/client-cues';
import { LABELS, NOT_THE_CLOSING_DATE } from '../../lib/vocabulary/labels';
import { CAP_WORDS, PLAUSIBLE_RATE, RATE_WORDS } from '../../lib/vocabulary/money';
import { HOUR_UNITS, NOT_PER_HOUR, NO_AMOUNT, PER_HOUR, PER_WEEK } from '../../lib/vocabulary/units';
import { parseHours } from '../../lib/parse/hours';
import { parseRate } from '../../lib/parse/rate';
import { NOISE_CLASS_PARTS, NOISE_CLASS_WORDS, NOISE_HEADINGS, NOISE_HEADING_PHRASES, PROCESS_HEADINGS } from '../../lib/vocabulary/noise';
import { anyPhrase, phraseSamples } from '../../lib/vocabulary/phrases';
import { PROSE_CUES } from '../../lib/vocabulary/prose-cues';
import {
  COMPETENCY_HEADINGS, END_HEADINGS, KNOCKOUT_HEADINGS, PRACTICAL_HEADINGS, PROFILE_HEADINGS, WISH_HEADINGS,
} from '../../lib/vocabulary/section-headings';

const samples = (entries: readonly string[]) => entries.flatMap((e) => phraseSamples(e).map((s) => [e, s] as const));

describe('the phrase language', () => {
  it('expands optional words, alternatives, qualifiers, compounds and numbers', () => {
    expect(phraseSamples('reageren [kan] {tot|voor}')).toEqual(['reageren kan tot', 'reageren kan voor', 'reageren tot', 'reageren voor']);
    expect(phraseSamples('duur [opdracht]')).toEqual(['duur opdracht', 'duur']);
    expect(phraseSamples('deadline …')).toEqual(['deadline voor het indienen van kandidaten']);
    expect(phraseSamples('~eisen')).toEqual(['functieeisen']);
    expect(phraseSamples('# uur')).toEqual(['24 uur']);
  });
  it('matches whole words only', () => {
    const re = anyPhrase(['gunning~']);
    expect(re.test('gunningscriteria')).toBe(true);
    expect(re.test('vergunningverlening')).toBe(false);
  });
});

describe('label vocabulary: every entry announces its field', () => {
  const fields = Object.entries(LABELS) as [keyof typeof LABELS, readonly string[]][];
  it.each(fields.flatMap(([field, entries]) => samples(entries).map(([entry, sample]) => [sample, field, entry])))(
    '%j announces %s (entry %j)',
    (sample, field) => expect(labelField(sample)).toBe(field),
  );
  it.each(samples(NOT_THE_CLOSING_DATE).map(([, s]) => s))('"Deadline %s" is not the closing date', (word) => {
    expect(labelField(`Deadline ${word}`)).toBeNull();
  });
});

describe('section headings: every entry opens or ends what it says', () => {
  const kinds: [string, readonly string[], string][] = [
    ['knockout', KNOCKOUT_HEADINGS, 'knockout'],
    ['wish', WISH_HEADINGS, 'wish'],
    ['profile', PROFILE_HEADINGS, 'other'],
    ['competency', COMPETENCY_HEADINGS, 'competency'],
  ];
  it.each(kinds.flatMap(([name, entries, kind]) => samples(entries).map(([, s]) => [s, name, kind])))('%j is a %s heading', (sample, _n, kind) => {
    expect(sectionKind(sample)).toBe(kind);
  });
  it.each(samples(END_HEADINGS).map(([, s]) => s))('%j ends a requirement section', (sample) => expect(endsSection(sample)).toBe(true));
  it.each(samples(PRACTICAL_HEADINGS).map(([, s]) => s))('%j opens practical details', (sample) => expect(isPracticalHeading(sample)).toBe(true));
});

describe('brokers and client cues', () => {
  const ctx = { host: 'www.example.org' };
  it.each(samples(BROKERS).map(([, s]) => s))('%j is a broker, never the client or a site section', (name) => {
    expect(isSiteName(name, ctx)).toBe(true);
    expect(isBroker(name, ctx)).toBe(true);
  });
  it.each(samples(BROKER_WORDS).map(([, s]) => s))('"Noordkust %s" names an intermediary', (word) => {
    expect(isBroker(`Noordkust ${word}`, ctx)).toBe(true);
  });
  const cueSample = (template: string) =>
    template
      .split(' ')
      .filter((t) => !t.startsWith('['))
      .map((t) => ({ NAME: 'Gemeente Zeist', ORG: 'Gemeente Zeist', NAME_EN: 'Ministry of Finance', WORD: 'adviseur' })[t] ?? t.split('|')[0])
      .join(' ');
  it.each([...BEHALF_OF_CUES, ...SELF_CUES].map((c) => [cueSample(c), c]))('%j names the client (cue %j)', (sentence, cue) => {
    const name = cue.includes('NAME_EN') ? 'Ministry of Finance' : 'Gemeente Zeist';
    const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
    expect(clientFromProse(`${capitalised} een adviseur.`)).toBe(name);
  });
});

describe('prose cues and money words', () => {
  const line = (text: string): PageLine => ({ text, heading: 0, item: false, depth: 0, cells: null, parts: null, noise: false, hidden: false, bold: false, article: true });
  const cues = Object.entries(PROSE_CUES) as [string, readonly string[]][];
  it.each(cues.flatMap(([field, entries]) => samples(entries).map(([, s]) => [s, field])))('a sentence with %j gives a %s fact', (sample, field) => {
    const facts = findProseFacts([line(`Let wel: ${sample} 12 maanden, vanaf 1 maart 2026, 24 uur.`)]);
    expect(facts.map((f) => f.field)).toContain(field);
  });
  it.each(samples([...RATE_WORDS, ...CAP_WORDS]).map(([, s]) => s))('%j speaks of a rate', (word) => {
    expect(anyPhrase(RATE_WORDS).test(`het ${word} is 95`)).toBe(true);
  });
});

describe('noise vocabulary: every heading entry marks a block that is not the posting', () => {
  it.each(samples([...NOISE_HEADINGS, ...PROCESS_HEADINGS]).map(([, s]) => s))('%j opens noise', (heading) => expect(isNoiseHeading(heading)).toBe(true));
  it.each(samples(NOISE_HEADING_PHRASES).map(([, s]) => s))('"Ontvang %s" is noise', (phrase) => expect(isNoiseHeading(`Ontvang ${phrase}`)).toBe(true));
  it.each([...NOISE_CLASS_WORDS, ...NOISE_CLASS_PARTS.map((p) => `site${p}box`)])('an element with class %j is noise', (cls) => {
    const { document } = parseHTML(`<html><body><div class="${cls}">x</div></body></html>`);
    expect(isNoiseElement(document.querySelector('div') as unknown as Element, false)).toBe(true);
  });
  it('but never the page itself, whatever its classes (Jobbird: <body class="has-cookie-alert">)', () => {
    const { document } = parseHTML('<html><body class="has-cookie-alert"><main class="cookie"><p>x</p></main></body></html>');
    expect(isNoiseElement(document.body as unknown as Element, false)).toBe(false);
    expect(isNoiseElement(document.querySelector('main') as unknown as Element, false)).toBe(false);
  });
});

describe('units: every entry is read by the parsers that use it', () => {
  it.each(PER_HOUR)('"€ 75 %s" is an hourly rate', (unit) => {
    expect(parseRate(`Tarief € 75 ${unit}`, { labelled: false })).toMatchObject({ kind: 'rate', max: 75 });
  });
  it.each(NOT_PER_HOUR)('"€ 4.500 %s" is never an hourly rate', (unit) => {
    expect(parseRate(`€ 4.500 ${unit}`, { labelled: true })).toBeNull();
  });
  it.each(NO_AMOUNT)('"Tarief: %s" states no amount', (words) => {
    expect(parseRate(words, { labelled: true })).toMatchObject({ kind: 'unstated' });
  });
  it.each(HOUR_UNITS)('"32 %s per week" is 32 hours', (unit) => expect(parseHours(`32 ${unit} per week`, { labelled: false })).toMatchObject({ min: 32, max: 32 }));
  it.each(PER_WEEK)('"32 uur %s" is 32 hours a week', (unit) => expect(parseHours(`32 uur ${unit}`, { labelled: false })).toMatchObject({ min: 32, max: 32 }));
  it('one plausible range for every reader of amounts', () => {
    expect(parseRate(`€ ${PLAUSIBLE_RATE.max + 1} per uur`, { labelled: true })).toBeNull();
    expect(parseRate(`€ ${PLAUSIBLE_RATE.min} per uur`, { labelled: true })).toMatchObject({ max: PLAUSIBLE_RATE.min });
  });
});
