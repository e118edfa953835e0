/**
 * The same government assignment published by several brokers (Striive, Flextender,
 * Inhuurdesk, Bij Oranje …). Two postings from different portals are one assignment when
 * the client is the same, the titles name the same role, and at least one more fact agrees
 * (the client's reference, the hours, the dates, most requirements) while none clearly
 * disagrees. A second role at the same client, the same role at another client and a
 * re-tender months later are not. Pure; both postings as the user sees them (effective()).
 */
import type { Posting } from '../posting';
import {
  type ClientKey, type TitleWord, clientKey, compareClients, foldText, mentionsReference, portalKey,
  referenceKey, referenceKeysIn, requirementWords, titleIgnore, titleSimilarity, titleWords,
} from './assignment-key';

export type SameReason = 'client' | 'title' | 'reference' | 'hours' | 'dates' | 'requirements';

export interface SameAssignment {
  same: boolean;
  /** 0–1, for ranking candidates; not a probability. */
  score: number;
  /** The facts that agree. */
  reasons: SameReason[];
}

export interface SameAssignmentCandidate {
  id: string;
  score: number;
  reasons: SameReason[];
}

/** "Projectleider Wonen" and "Projectleider Jeugd" meet at 0.5; a broker's rewording stays above 0.75. */
export const TITLE_MIN = 0.75;

/** What the comparison reads of a posting, each part read once and only when a pair gets that far. */
interface Features {
  posting: Posting;
  portal?: string | null;
  client?: ClientKey | null;
  title?: TitleWord[];
  /** Client and place words, which brokers add to or leave out of the title. */
  placeWords?: Set<string>;
  requirements?: ReadonlySet<string>[];
  text?: string;
  references?: Set<string>;
}

// Postings are values (a correction or a re-capture makes a new object), so what was read of one stays true.
const cache = new WeakMap<Posting, Features>();

function features(posting: Posting): Features {
  let f = cache.get(posting);
  if (!f) cache.set(posting, (f = { posting }));
  return f;
}

const portalOf = (f: Features) => (f.portal === undefined ? (f.portal = portalKey(f.posting.sourceHost)) : f.portal);
const clientOf = (f: Features) => (f.client === undefined ? (f.client = clientKey(f.posting.client)) : f.client);
const titleOf = (f: Features) => (f.title ??= titleWords(f.posting.title));
const placeWordsOf = (f: Features) => (f.placeWords ??= titleIgnore([...(clientOf(f)?.words ?? []), f.posting.location ?? '']));
const textOf = (f: Features) => (f.text ??= foldText(`${f.posting.title ?? ''} \n${f.posting.description}`));
const requirementsOf = (f: Features) => (f.requirements ??= f.posting.requirements.map((r) => requirementWords(r.text)).filter((w) => w.size >= 2));

/** Whether two postings, both as the user sees them, are one assignment on two portals. */
export function sameAssignment(a: Posting, b: Posting): SameAssignment {
  return compare(features(a), features(b));
}

const notSame = (score = 0): SameAssignment => ({ same: false, score: round(Math.max(0, score)), reasons: [] });

function compare(x: Features, y: Features): SameAssignment {
  // The same answer whichever way round, though the requirements are matched greedily.
  const [a, b] = x.posting.url <= y.posting.url ? [x, y] : [y, x];
  // One portal twice is a re-capture or the portal's own repost: the capture flow handles those.
  const portal = portalOf(a);
  if (portal && portal === portalOf(b)) return notSame();
  const client = compareClients(clientOf(a), clientOf(b));
  if (client === 'different') return notSame();
  const title = titleSimilarity(titleOf(a), titleOf(b), placeWordsOf(a), placeWordsOf(b));
  if (title < TITLE_MIN) return notSame(0.3 * title);

  const hours = hoursVerdict(a.posting, b.posting);
  const dates = datesVerdict(a.posting, b.posting);
  // A deadline or start weeks apart is the next round of the same role, however alike the rest.
  if (dates === 'disagree') return notSame(0.3 * title + (client === 'same' ? 0.1 : 0));
  const reference = sameReference(a, b);
  const requirements = requirementsVerdict(requirementsOf(a), requirementsOf(b));

  const reasons: SameReason[] = client === 'same' ? ['client', 'title'] : ['title'];
  if (reference) reasons.push('reference');
  if (hours === 'agree') reasons.push('hours');
  if (dates === 'agree') reasons.push('dates');
  if (requirements.verdict === 'agree') reasons.push('requirements');
  const corroborating = reasons.length - (client === 'same' ? 2 : 1);
  const against = [hours, dates, requirements.verdict].filter((v) => v === 'disagree').length;

  let same: boolean;
  // Other requirements make another assignment, unless the client's own reference ties the two.
  if (requirements.verdict === 'disagree' && !reference) same = false;
  // A page that hides the client ("Grote gemeente in Noord-Holland") needs proof beyond a similar title:
  // the client's reference, or nearly the same requirements (not just boilerplate) in the same week and hours.
  else if (client === 'unknown') same = reference || (requirements.strong && (hours === 'agree' || dates === 'agree'));
  else same = corroborating > (hours === 'disagree' ? 1 : 0);

  const score = 0.3 * title + (client === 'same' ? 0.25 : 0.1) + (reference ? 0.15 : 0) + (hours === 'agree' ? 0.1 : 0)
    + (dates === 'agree' ? 0.1 : 0) + 0.1 * requirements.ratio - 0.15 * against;
  return { same, score: round(Math.min(1, Math.max(0, score))), reasons: same ? reasons : [] };
}

const round = (n: number) => Math.round(n * 100) / 100;

type Verdict = 'agree' | 'disagree' | null;

/** The client's reference, in a field on one portal and in the text or a field on the other. */
function sameReference(a: Features, b: Features): boolean {
  const [ra, rb] = [referencesOf(a), referencesOf(b)];
  for (const r of ra) if (rb.has(r)) return true;
  const [fa, fb] = [a.posting.reference, b.posting.reference];
  return (!!fa && !!referenceKey(fa) && mentionsReference(textOf(b), fa)) || (!!fb && !!referenceKey(fb) && mentionsReference(textOf(a), fb));
}

function referencesOf(f: Features): Set<string> {
  if (!f.references) {
    f.references = new Set(referenceKeysIn(textOf(f)));
    const field = referenceKey(f.posting.reference);
    if (field) f.references.add(field);
  }
  return f.references;
}

function hoursVerdict(a: Posting, b: Posting): Verdict {
  const [x, y] = [a.hoursPerWeek, b.hoursPerWeek];
  if (!x || !y) return null;
  if (x.min > y.max || y.min > x.max) return 'disagree';
  // "32-36" on one portal and "36" on the other is one assignment.
  return x.max === y.max || x.min === y.min ? 'agree' : null;
}

function datesVerdict(a: Posting, b: Posting): Verdict {
  const deadline = daysApart(a.deadline, b.deadline);
  const start = daysApart(a.startDate, b.startDate);
  const posted = daysApart(a.postedDate, b.postedDate);
  // Brokers close a day or two before the client does; weeks apart is another round.
  const deadlineAgrees = deadline !== null && deadline <= 2;
  if ((deadline !== null && deadline > 14) || (start !== null && start > 45 && !deadlineAgrees) || (posted !== null && posted > 60)) return 'disagree';
  const end = daysApart(a.endDate, b.endDate);
  return deadlineAgrees || (start !== null && start <= 7) || (end !== null && end <= 7) ? 'agree' : null;
}

function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

interface RequirementsVerdict {
  verdict: Verdict;
  /** Nearly the same list: enough, with the title, when one page hides the client. */
  strong: boolean;
  /** Share of the shorter list found in the other. */
  ratio: number;
}

function requirementsVerdict(a: readonly ReadonlySet<string>[], b: readonly ReadonlySet<string>[]): RequirementsVerdict {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.length) return { verdict: null, strong: false, ratio: 0 };
  const unused = new Set(long.keys());
  let matched = 0;
  for (const words of short) {
    let best = -1;
    let bestScore = 0;
    for (const i of unused) {
      const s = requirementSimilarity(words, long[i]);
      if (s > bestScore) [best, bestScore] = [i, s];
    }
    if (best >= 0) {
      unused.delete(best);
      matched++;
    }
  }
  const ratio = matched / short.length;
  if (matched >= 2 && ratio >= 0.5) return { verdict: 'agree', strong: matched >= 3 && ratio >= 0.75, ratio };
  return { verdict: short.length >= 3 && ratio < 0.25 ? 'disagree' : null, strong: false, ratio };
}

/** Jaccard of the content words; a requirement one broker extends ("…, blijkend uit cv en motivatie") still meets its original. Zero below the bar. */
function requirementSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const jaccard = common / (a.size + b.size - common);
  const contained = common >= 3 && common / Math.min(a.size, b.size) >= 0.8;
  return jaccard >= 0.5 || contained ? Math.max(jaccard, 0.5) : 0;
}
