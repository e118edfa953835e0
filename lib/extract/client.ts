/**
 * Who hires: the client organisation, never the broker or portal that publishes the
 * posting. Name recognition and the sentences that name a client; the words are data in
 * vocabulary/organisations.ts and vocabulary/client-cues.ts, the order of trust is in
 * fields/client.ts.
 */
import { fold, squash } from '../parse/text';
import { BEHALF_OF_CUES, SELF_CUES } from '../vocabulary/client-cues';
import { NAMES_ON_THEIR_OWN, NAME_OPENERS, ORGANISATION_WORDS } from '../vocabulary/organisations';
import { anyPhrase } from '../vocabulary/phrases';
import { BROKER_WORDS } from '../vocabulary/brokers';
import { type BrokerContext, KNOWN_BROKER } from './broker';

export type { BrokerContext };

const ORGANISATION = anyPhrase(ORGANISATION_WORDS);
/** A name that says it is an intermediary ("… Freelance", "… Talent Partners"); for the client only, never for titles. */
const INTERMEDIARY = anyPhrase(BROKER_WORDS);
const either = (word: string) => word.replace(/^\p{L}/u, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const OPENER = `(?:${NAME_OPENERS.map((o) => o.split(' ').map(either).join('\\s+')).join('|')})`;
const JOIN_NL = '(?:van|voor|en|de|der|den|het|op|aan|of|the|and)';
const WORD_CAP = String.raw`[A-Z0-9][\p{L}0-9&'’.\-]*`;
/** A capitalised organisation name; Dutch joining words allowed inside ("Ministerie van Justitie en Veiligheid"). */
const NAME = String.raw`(?:${OPENER}\s+)?${WORD_CAP}(?:\s+(?:${JOIN_NL}|${WORD_CAP})){0,6}(?:\s+\(\p{Lu}[\p{L}]{1,9}\))?`;
/** English names join words with "of", "the", "for", "and" ("Ministry of Finance"). */
const NAME_EN = String.raw`[A-Z][\p{L}&'’.\-]*(?:\s+(?:of|the|for|and|[A-Z][\p{L}&'’.\-]*)){0,6}`;

/** A cue template (vocabulary/client-cues.ts) as a regex with the name as its one group. */
function cuePattern(template: string): RegExp {
  const tokens = template.split(' ');
  let source = '';
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    // Required words are followed by white space (none needed before an optional comma).
    const gap = last ? '' : tokens[i + 1] === '[,]' ? '\\s*' : '\\s+';
    if (token === 'NAME' || token === 'ORG') source += `(${NAME})${gap}`;
    else if (token === 'NAME_EN') source += `(${NAME_EN})${gap}`;
    else if (token === 'WORD') source += String.raw`[\p{Ll}-]+${gap}`;
    else if (token === '[,]') source += '(?:,\\s*)?';
    else {
      const words = token.replace(/^\[|\]$/g, '').split('|').map(either).join('|');
      source += token.startsWith('[') ? `(?:(?:${words})\\s+)?` : `(?:${words})${gap}`;
    }
  });
  return new RegExp(String.raw`(?:^|[^\p{L}])${source}`, 'u');
}

/** The words a cue cannot do without ("bij", "ga", "je"; "eindklant|klant|opdrachtgever" is one). */
const requiredWords = (template: string) => template.split(' ').filter((t) => !t.startsWith('[') && !/^(?:NAME|NAME_EN|ORG|WORD)$/.test(t));

interface Cues {
  /** One look for the longest required word of any cue: most lines have none and skip them all. */
  any: RegExp;
  list: {
    /** Each required word, as plain text anywhere in the line: the full pattern tries every point of it. */
    hints: RegExp[];
    pattern: RegExp;
    /** The name must hold an organisation's word (ORG). */
    organisation: boolean;
  }[];
}

function cues(templates: readonly string[]): Cues {
  const longest = (words: string[]) => words.reduce((a, b) => (Math.min(...b.split('|').map((w) => w.length)) > Math.min(...a.split('|').map((w) => w.length)) ? b : a));
  return {
    any: new RegExp(templates.map((t) => longest(requiredWords(t))).join('|'), 'i'),
    list: templates.map((t) => ({ hints: requiredWords(t).map((words) => new RegExp(words, 'i')), pattern: cuePattern(t), organisation: t.split(' ').includes('ORG') })),
  };
}
const BEHALF_OF = cues(BEHALF_OF_CUES);
const SELF = cues(SELF_CUES);

function firstName(sentence: string, { any, list }: Cues): string | null {
  if (!any.test(sentence)) return null;
  for (const { hints, pattern, organisation } of list) {
    if (!hints.every((hint) => hint.test(sentence))) continue;
    const m = pattern.exec(sentence);
    if (m && !PRONOUN.test(m[1]) && (!organisation || ORGANISATION.test(fold(m[1])))) return cleanClient(m[1]);
  }
  return null;
}
const COUNCIL = new RegExp(
  String.raw`\b(?:[Gg]emeenteraad|[Cc]ollege(?:\s+van\s+(?:B&W|burgemeester\s+en\s+wethouders))?)\s+van\s+(?:de\s+gemeente\s+)?([A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){0,2})`,
  'u',
);

/** Is this the broker/portal itself rather than the hiring organisation? */
export function isBroker(name: string, ctx: BrokerContext): boolean {
  const n = fold(name);
  if (!n) return true;
  if (KNOWN_BROKER.test(n) || INTERMEDIARY.test(n)) return true;
  // A public body named on its own "werken bij" site is the client, not a broker.
  if (ORGANISATION.test(n) && fold(ctx.siteName ?? '') !== n) return false;
  const own = [ctx.siteName, ctx.host?.replace(/^www\./, '').split('.').slice(-2, -1)[0]]
    .filter((s): s is string => Boolean(s))
    .map(fold);
  return own.some((o) => o.length >= 3 && (n.includes(o) || o.includes(n) || n.replace(/\s/g, '').includes(o.replace(/\s/g, ''))));
}

/** Tidy a client name: no "Logo van", no trailing punctuation, "gemeente X" → "Gemeente X". */
export function cleanClient(raw: string): string {
  const s = squash(raw)
    .replace(/^(?:logo\s+(?:van\s+)?|afbeelding\s+(?:van\s+)?)/i, '')
    .replace(/\s+logo$/i, '')
    .replace(/\s+(?:van|voor|en|de|der|den|het|op|aan|of|the|for|and)$/i, '')
    .replace(/[.,:;]+$/, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Does a short line look like the name of an organisation? */
export function looksLikeOrganisation(text: string): boolean {
  const t = squash(text);
  if (t.length < 2 || t.length > 80 || /[.!?:]$/.test(t) || /\d{2}/.test(t)) return false;
  return ORGANISATION.test(fold(t)) || /^[A-Z]{2,6}$/.test(t);
}

/** The client a broker says it works for ("namens X", "voor onze eindklant X"), or null. */
export function clientOnBehalfOf(sentence: string): string | null {
  return firstName(sentence, BEHALF_OF);
}

/** An organisation a sentence names as hiring ("X is op zoek naar", "de gemeenteraad van X"), or null. */
export function clientFromProse(sentence: string): string | null {
  return clientOnBehalfOf(sentence) ?? clientNamedAsHiring(sentence);
}

/** clientFromProse without the "namens X" cues, for a reader that looked for those already. */
export function clientNamedAsHiring(sentence: string): string | null {
  const council = /gemeenteraad|college/i.test(sentence) ? COUNCIL.exec(sentence) : null;
  // "de gemeenteraad van Zwijndrecht" names the municipality.
  if (council) return `Gemeente ${council[1]}`;
  return firstName(sentence, SELF);
}

/** A line that starts with a name: a capitalised opener and a capitalised word ("Waterschap Rivierenland …"). */
const CAPITAL_OPENER = `(?:${NAME_OPENERS.map((o) => o.charAt(0).toUpperCase() + o.slice(1).replace(/ /g, '\\s+')).join('|')})`;
const ORG_NAME_AT_START = new RegExp(
  String.raw`^(?:De\s+|Het\s+)?((?:${CAPITAL_OPENER}\s+${WORD_CAP}|${NAMES_ON_THEIR_OWN.join('|')})(?:\s+(?:${WORD_CAP}|${JOIN_NL})){0,5})`,
  'u',
);
/** Words a sentence can start with that are no organisation ("We zijn op zoek naar"). */
const PRONOUN = /^(?:we|wij|zij|ze|jij|je|u|ik|hij|ons|onze|our|they)$/i;

/** The organisation a line starts with: "Waterschap Rivierenland geplaatst op 02-12-2025" → "Waterschap Rivierenland". */
export function organisationAtStart(text: string): string | null {
  const m = ORG_NAME_AT_START.exec(squash(text));
  if (!m) return null;
  const name = m[1].replace(/\s+(?:van|voor|en|de|der|den|het)$/i, '');
  return name.split(/\s+/).length >= 2 || /^[A-Z]{2,}$/.test(name) ? cleanClient(name) : null;
}

/** "Logo van Gemeente Arnhem": the alt texts of the posting's own images (read-page.ts leaves out the site's logo). */
export function clientFromLogos(imageAlts: readonly string[]): { name: string; snippet: string } | null {
  for (const alt of imageAlts) {
    const m = /^(?:logo\s+(?:van\s+)?(.+)|(.+?)\s+logo)$/i.exec(alt);
    if (m) return { name: cleanClient(m[1] ?? m[2]), snippet: alt };
  }
  return null;
}
