/**
 * How brokers write the same assignment differently, undone: the client ("Gemeente Utrecht",
 * "gemeente Utrecht", "Utrecht"; "Ministerie van BZK" and the name in full), the title
 * ("Projectleider Wonen (32 uur)", "Projectleider wonen", "Project leader Housing") and the
 * client's reference ("UTR-2025-4471" in a field on one portal, in the text on another).
 * Pure; the comparison itself is same-assignment.ts.
 */
import { plain, stem } from '../match/terms';
import { dedupeKey } from '../parse/text';
import { SYNONYM_GROUPS } from '../vocabulary/cv-synonyms';
import { REQUIREMENT_WORDS, STOP_WORDS } from '../vocabulary/cv-words';
import { CLIENT_NAME_ALIASES } from '../vocabulary/municipalities';
import { TITLE_TRANSLATIONS } from '../vocabulary/title-translations';
import { foldForSearch } from './search-text';

// A library of ten thousand postings is keyed on every open of the side panel: the common
// case (plain ASCII) skips Unicode normalisation, and keys are memoised per text.

/** Lower case without accents. */
export function foldText(text: string): string {
  return /[\u0080-\uffff]/.test(text) ? foldForSearch(text) : text.toLowerCase();
}

/** The words of a text: letters and digits, folded. */
export function wordsOf(text: string): string[] {
  return foldText(text).split(/[^a-z0-9]+/).filter(Boolean);
}

function memoised<T>(limit: number, read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = read(text);
      memo.set(text, value);
    }
    return value;
  };
}

// ---------------------------------------------------------------- portal

/** "app.flextender.nl" and "www.flextender.nl" are one portal; "flextender.nl" and "striive.com" are two. */
export function portalKey(host: string | null | undefined): string | null {
  return host ? portalOf(host) : null;
}

const portalOf = memoised(1_000, (host) => {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$|^\[|:/.test(h)) return h;
  const labels = h.split('.');
  // "co.uk", "com.au": the portal's own name is one label further left.
  const n = labels.length > 2 && /^(?:co|com|org|net|gov|ac)$/.test(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-n).join('.');
});

// ---------------------------------------------------------------- client

export interface ClientKey {
  /** "gemeente", "provincie", "ministerie" …: Gemeente Utrecht and Provincie Utrecht are two clients. */
  kind: string | null;
  /** The name without kind, legal form or spaces, and its other spellings (acronym, the part in brackets); empty when the page hides the client. */
  names: string[];
  /** Every word of the client as written, to leave out of the title ("Projectleider Wonen Gemeente Utrecht"). */
  words: string[];
}

/** First words that say what kind of organisation follows, and a word after them that is not part of the name. */
const KIND_OPENERS = new Map<string, { kind: string; then?: string }>([
  ['gemeente', { kind: 'gemeente' }], ['municipality', { kind: 'gemeente', then: 'of' }],
  ['provincie', { kind: 'provincie' }], ['province', { kind: 'provincie', then: 'of' }],
  ['ministerie', { kind: 'ministerie', then: 'van' }], ['ministry', { kind: 'ministerie', then: 'of' }],
  ['waterschap', { kind: 'waterschap' }], ['hoogheemraadschap', { kind: 'waterschap' }],
  ['omgevingsdienst', { kind: 'omgevingsdienst' }], ['veiligheidsregio', { kind: 'veiligheidsregio' }], ['ggd', { kind: 'ggd' }],
]);
const LEGAL_FORMS = new Set(['bv', 'nv', 'ua']);
// Brokers that may not name the client write "Grote gemeente in Noord-Holland", "Overheidsorganisatie".
const ANONYMOUS_OPENERS = ['een ', 'grote ', 'middelgrote ', 'kleine '];
const ANONYMOUS_WORDS = ['overheidsorganisatie', 'opdrachtgever', 'eindklant', 'anoniem', 'vertrouwelijk', 'onbekend'];
const VAGUE = /^(?:gemeente|provincie|organisatie|overheid|ministerie|waterschap)(?:$|\W+(?:in|uit|regio|rondom|nabij)\b)/;
/** Words an acronym skips: Binnenlandse Zaken en Koninkrijksrelaties is BZK. */
const ACRONYM_SKIP = new Set(['en', 'van', 'voor', 'de', 'het', 'der', 'den', 'of', 'and', 'the', 'for']);

/** The client as a key, or null when the page names none. */
export function clientKey(client: string | null | undefined): ClientKey | null {
  return client ? readClient(client) : null;
}

// Memoised: a library names a few hundred clients many times over.
const readClient = memoised(20_000, (raw): ClientKey | null => {
  const words = wordsOf(raw);
  if (!words.length) return null;
  // "Gemeente Utrecht, cluster Ruimte", "Belastingdienst/Toeslagen": the organisation is the first part.
  const cut = raw.search(/[(,/|]|\s[-–—]\s/);
  const { kind, name } = withoutKind(wordsOf(cut > 0 ? raw.slice(0, cut) : raw));
  if (!name.length || clientHint(raw).hidden) return { kind: kind ?? words.map((w) => KIND_OPENERS.get(w)?.kind).find(Boolean) ?? null, names: [], words };
  const names = new Set([name.join('')]);
  const initials = acronym(name);
  if (initials) names.add(initials);
  // "Den Bosch" is "'s-Hertogenbosch", "Ministry of Finance" the Ministerie van Financiën.
  const alias = CLIENT_NAME_ALIASES[name.join('')];
  if (alias) {
    const official = withoutKind(wordsOf(alias)).name;
    names.add(official.join(''));
    const officialInitials = acronym(official);
    if (officialInitials) names.add(officialInitials);
  }
  if (cut > 0) {
    for (const m of raw.matchAll(/\(([^)]+)\)/g)) {
      const alias = withoutKind(wordsOf(m[1])).name.join('');
      if (alias.length >= 2) names.add(alias);
    }
  }
  return { kind, names: [...names], words };
});

/** "binnenlandse zaken en koninkrijksrelaties" is "bzk"; null for names too short to have one. */
function acronym(name: string[]): string | null {
  const significant = name.filter((w) => !ACRONYM_SKIP.has(w));
  return significant.length >= 2 && significant.every((w) => w.length >= 3 && !/\d/.test(w)) ? significant.map((w) => w[0]).join('') : null;
}

export interface ClientHint {
  /** Folded, letters and digits only: a client name of another page is in it if the two may be one. */
  text: string;
  /** The page hides the client ("Overheidsorganisatie in Utrecht"). */
  hidden: boolean;
}

/** Whether the page hides its client ("Overheidsorganisatie in Utrecht"); memoised. */
const clientHint = memoised(50_000, (raw): ClientHint => {
  const folded = foldText(raw).trim();
  const hidden = ANONYMOUS_OPENERS.some((o) => folded.startsWith(o)) || ANONYMOUS_WORDS.some((w) => folded.includes(w)) || VAGUE.test(folded);
  return { text: folded.replace(/[^a-z0-9]+/g, ''), hidden };
});

function withoutKind(words: string[]): { kind: string | null; name: string[] } {
  let from = words[0] === 'de' || words[0] === 'het' || words[0] === 'the' ? 1 : 0;
  const opener = KIND_OPENERS.get(words[from]);
  if (opener) from += words[from + 1] === opener.then ? 2 : 1;
  let to = words.length;
  // "B.V." is two words once folded.
  if (to - from > 1 && LEGAL_FORMS.has(words[to - 1])) to--;
  else if (to - from > 2 && LEGAL_FORMS.has(words[to - 2] + words[to - 1])) to -= 2;
  return { kind: opener?.kind ?? null, name: words.slice(from, to) };
}

/** "unknown" when either page hides the client: only strong other evidence can then tell. */
export function compareClients(a: ClientKey | null, b: ClientKey | null): 'same' | 'unknown' | 'different' {
  if (a && b && a.kind && b.kind && a.kind !== b.kind) return 'different';
  if (!a || !b || !a.names.length || !b.names.length) return 'unknown';
  return a.names.some((n) => b.names.includes(n)) ? 'same' : 'different';
}

// ---------------------------------------------------------------- title

export interface TitleWord {
  /** Stemmed, or the role ("@project-lead"). */
  word: string;
  /** As written (folded), to join a compound another title writes as two words. */
  text: string;
  /** 1; ½ for what the title says in brackets and for seniority ("Senior"), which brokers add or drop. */
  weight: number;
}

/** Broker noise in titles: contract form, gender tags, hours, urgency, the kind of client. */
const TITLE_NOISE = new Set([
  'zzp', 'zzper', 'interim', 'interimmer', 'inhuur', 'freelance', 'freelancer', 'gezocht', 'vacature', 'opdracht',
  'uur', 'uren', 'hrs', 'hours', 'week', 'pw', 'dag', 'dagen', 'fte', 'mv', 'vm', 'mvx', 'per', 'direct', 'asap', 'zsm',
  'spoed', 'urgent', 'ca', 'circa', 'max', 'remote', 'hybride', 'tijdelijk', 'tijdelijke',
  // Kind of client, which brokers append with its name ("… gemeente Utrecht"); the name is a place word of the pair.
  'gemeente', 'provincie', 'ministerie', 'waterschap',
  ...STOP_WORDS,
]);
const SENIORITY = new Set(['senior', 'medior', 'junior', 'ervaren', 'allround', 'sr', 'jr']);
/** Role groups whose Dutch and English names are one role in a title: projectleider, project leader, projectmanager. */
const ROLE_GROUPS = ['project-lead', 'programme-lead', 'pmo', 'policy-adviser', 'information-manager', 'information-adviser', 'team-lead', 'business-analyst', 'scrum-master', 'adviser'];
let roleTerms: Map<string, string> | null = null;

function roles(): Map<string, string> {
  roleTerms ??= new Map(SYNONYM_GROUPS.filter((g) => ROLE_GROUPS.includes(g.id)).flatMap((g) => g.terms.map((t) => [plain(t), `@${g.id}`] as const)));
  return roleTerms;
}


/** A client's reference or a broker's id glued into the title: "(UTR-2025-4471)", "ref. 8812", "#3310". */
const TITLE_CODE = /\b(?:ref(?:erentie)?(?:nummer)?|aanvraag(?:nummer)?|nr|id)\b\.?\s*:?\s*#?[\w/-]*\d[\w/-]*|#\s?\d+|\b[a-z]{1,8}(?:[-_/][a-z0-9]+)*[-_/]\d[\w/-]*/gi;
const BRACKETED = /[([][^)\]]*[)\]]/g;

export function titleWords(title: string | null | undefined): TitleWord[] {
  return title ? readTitle(title) : [];
}

const readTitle = memoised(20_000, (title): TitleWord[] => {
  const text = title.replace(TITLE_CODE, ' ');
  const out = new Map<string, TitleWord>();
  addTitleWords(out, text.replace(BRACKETED, ' '), 1);
  for (const m of text.matchAll(BRACKETED)) addTitleWords(out, m[0], 0.5);
  return [...out.values()];
});

function addTitleWords(out: Map<string, TitleWord>, part: string, weight: number): void {
  for (const text of roleWords(wordsOf(part))) {
    if (TITLE_NOISE.has(text) || text.length < 2 || /\d/.test(text)) continue;
    const word = text.startsWith('@') ? text : stem(text);
    const w = Math.max(SENIORITY.has(text) ? Math.min(weight, 0.5) : weight, out.get(word)?.weight ?? 0);
    out.set(word, { word, text, weight: w });
  }
}

let translations: Map<string, string[]> | null = null;

/** English title words and phrases with their Dutch words (folded as titles are). */
function translated(): Map<string, string[]> {
  translations ??= new Map(Object.entries(TITLE_TRANSLATIONS).map(([en, nl]) => [wordsOf(en).join(' '), wordsOf(nl)]));
  return translations;
}

/**
 * Role names of up to three words become their role: "project leader", "Project leider" and
 * "projectleider" are all @project-lead. English topic words become their Dutch word:
 * "Housing" is "wonen", "Environment and Planning Act" is "omgevingswet".
 */
function roleWords(words: string[]): string[] {
  const terms = roles();
  const dutch = translated();
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [one, two, three] = [words[i], words[i + 1], words[i + 2]];
    const role3 = three === undefined ? undefined : terms.get(`${one} ${two} ${three}`);
    const role2 = two === undefined ? undefined : (terms.get(`${one} ${two}`) ?? terms.get(one + two));
    if (role3) {
      out.push(role3);
      i += 2;
      continue;
    }
    if (role2) {
      out.push(role2);
      i += 1;
      continue;
    }
    // The longest English phrase first: "environment and planning act" before "environment".
    let n = Math.min(4, words.length - i);
    while (n > 0 && !dutch.has(words.slice(i, i + n).join(' '))) n--;
    if (n > 0) {
      out.push(...dutch.get(words.slice(i, i + n).join(' '))!);
      i += n - 1;
    } else out.push(terms.get(one) ?? one);
  }
  return out;
}

/** Words of client names and places, stemmed as title words are, to leave out of both titles. */
export function titleIgnore(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const w of wordsOf(t)) out.add(stem(w));
  return out;
}

/**
 * Weighted Dice overlap of two titles, 0–1. Words in `ignore` do not count; a word one title
 * writes as two ("informatie manager") meets its compound in the other.
 */
export function titleSimilarity(a: readonly TitleWord[], b: readonly TitleWord[], ...ignore: ReadonlySet<string>[]): number {
  const keep = (ws: readonly TitleWord[]) => ws.filter((w) => !ignore.some((set) => set.has(w.word)));
  const [x, y] = [keep(a), keep(b)];
  const [mx, my] = [joinCompounds(x, y), joinCompounds(y, x)];
  const total = sum(mx) + sum(my);
  if (!total) return 0;
  const weights = new Map(my.map((w) => [w.word, w.weight]));
  let common = 0;
  for (const w of mx) {
    const other = weights.get(w.word);
    if (other !== undefined) common += Math.min(w.weight, other);
  }
  return (2 * common) / total;
}

function joinCompounds(ws: readonly TitleWord[], other: readonly TitleWord[]): TitleWord[] {
  const wanted = new Set(other.map((w) => w.word));
  const out: TitleWord[] = [];
  for (let i = 0; i < ws.length; i++) {
    const text = i + 1 < ws.length ? ws[i].text + ws[i + 1].text : '';
    const joined = text && stem(text);
    if (joined && !wanted.has(ws[i].word) && wanted.has(joined)) {
      out.push({ word: joined, text, weight: Math.max(ws[i].weight, ws[i + 1].weight) });
      i++;
    } else out.push(ws[i]);
  }
  return out;
}

const sum = (ws: readonly TitleWord[]) => ws.reduce((s, w) => s + w.weight, 0);

// ---------------------------------------------------------------- requirements

const REQUIREMENT_SKIP = new Set([...STOP_WORDS, ...REQUIREMENT_WORDS]);

/**
 * What a requirement asks, as stemmed content words: brokers reword the frame ("De aangeboden
 * kandidaat heeft", "blijkend uit cv"), not the substance. Memoised: they copy the rest verbatim.
 */
export const requirementWords = memoised(50_000, (text): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const w of wordsOf(text)) if (w.length > 1 && !REQUIREMENT_SKIP.has(w)) out.add(stem(w));
  return out;
});

// ---------------------------------------------------------------- reference

/** The reference for comparing, or null when it is too short to tell anything (a broker's "35090" is not a client's reference). */
export function referenceKey(ref: string | null | undefined): string | null {
  const key = ref ? dedupeKey(ref) : '';
  return key.length >= 5 && /\d/.test(key) && /\D|\d{6}/.test(key) ? key : null;
}

/**
 * "Referentie opdrachtgever: HLM-2025-0876", "Aanvraagnummer: BZK-DGDOO-2025-077", "client
 * reference SHB-2025-1187": a portal that has no field for it writes it in the text.
 */
const LABELLED_REFERENCE = /\b(?:referentie(?:nummer)?|referentienr|aanvraagnummer|aanvraagnr|kenmerk|opdrachtnummer|projectnummer|ref|reference(?: number| no)?)\b(?: (?:van )?(?:de )?(?:opdrachtgever|klant))?\s*[.:#]?\s*([a-z0-9]+(?:[-_/.][a-z0-9]+)*)/g;

/** The reference keys a folded text names after a label. */
export function referenceKeysIn(foldedText: string): string[] {
  const out: string[] = [];
  for (const m of foldedText.matchAll(LABELLED_REFERENCE)) {
    const key = referenceKey(m[1]);
    if (key) out.push(key);
  }
  return out;
}

const referencePatterns = new Map<string, RegExp>();

/** Whether folded page text names the reference, its parts separated as any portal writes them ("UTR-2025-4471", "utr 2025 4471"). */
export function mentionsReference(foldedText: string, ref: string): boolean {
  let re = referencePatterns.get(ref);
  if (!re) {
    if (referencePatterns.size > 5_000) referencePatterns.clear();
    const parts = wordsOf(ref);
    re = new RegExp(`(?<![a-z0-9])${parts.join('[\\s./_:-]?')}(?![a-z0-9])`);
    referencePatterns.set(ref, re);
  }
  return re.test(foldedText);
}
