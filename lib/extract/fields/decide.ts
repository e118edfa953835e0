/**
 * How every field is decided, the same way for all: a field rule (one file per field in
 * this folder) lists its sources as tiers, most trusted first, and says what makes a
 * candidate acceptable. The first tier with an acceptable candidate wins; within a tier
 * the rule's `pick` settles it (default: visible before hidden, then page order). Every
 * candidate looked at is kept with what happened to it, for `--explain` and for the user
 * asking "where does this number come from?". When an equally or more trusted source
 * says something else, a warning names both.
 */
import { snippet as cut } from '../../parse/text';
import type { PostingField, PostingWarning } from '../../posting';
import type { Fact, SourceKind } from '../fact';

/** A candidate value for a field, read once from one piece of page text. */
export interface Candidate<T> {
  source: SourceKind;
  /** The page text it came from. */
  text: string;
  line: number;
  hidden: boolean;
  /** The value it reads as; null when it cannot be one, and then `rejected` says why. */
  value: T | null;
  rejected?: string;
}

/** A candidate as the explanation shows it. */
export interface Considered {
  source: SourceKind;
  text: string;
  value: string | null;
  outcome: 'chosen' | 'outranked' | 'rejected';
  why: string;
}

export interface Decision<T> {
  field: PostingField;
  value: T | null;
  source: SourceKind | null;
  /** The page text of the chosen candidate. */
  evidence: string | null;
  considered: Considered[];
  warnings: PostingWarning[];
}

/** A tier: sources equally trusted, and their candidates (produced lazily; most pages stop early). */
export interface Tier<T> {
  sources: SourceKind[];
  candidates: () => Iterable<Candidate<T>>;
}

export interface Rule<T> {
  field: PostingField;
  tiers: Tier<T>[];
  /** Show a value in an explanation or a warning. */
  show: (value: T) => string;
  /** Do two values say the same thing? (default: the same shown text) */
  same?: (a: T, b: T) => boolean;
  /** Among acceptable candidates of one tier, which wins, and why (default: visible first, then page order). */
  pick?: (accepted: Candidate<T>[]) => { chosen: Candidate<T>; why: string };
  /** Sources whose disagreement with the chosen value deserves a warning. */
  disagreeWarning?: { sources: SourceKind[]; warn: (chosen: Candidate<T>, other: Candidate<T>) => PostingWarning };
}

/** How many lower-tier candidates an explanation lists after the winner (they were not needed). */
const AFTER_WINNER = 3;

export function decide<T>(rule: Rule<T>): Decision<T> {
  const considered: Considered[] = [];
  const warnings: PostingWarning[] = [];
  const same = rule.same ?? ((a: T, b: T) => rule.show(a) === rule.show(b));
  // Each tier's candidates are produced once, lazily, and remembered (each fact is read once).
  const tiers = rule.tiers.map((tier) => new Produced(tier));
  let chosen: Candidate<T> | null = null;
  let chosenTier = -1;

  for (const [t, tier] of tiers.entries()) {
    const accepted: Candidate<T>[] = [];
    for (let i = 0; ; i++) {
      if (chosen && i >= AFTER_WINNER) break;
      const c = tier.at(i);
      if (!c) break;
      if (c.value === null) considered.push(entry(c, null, 'rejected', c.rejected ?? 'not readable as this field'));
      else if (chosen) considered.push(entry(c, rule.show(c.value), 'outranked', `${chosen.source} is trusted before ${c.source}`));
      else accepted.push(c);
    }
    if (chosen || accepted.length === 0) continue;
    const picked = (rule.pick ?? pickFirst)(accepted);
    chosen = picked.chosen;
    chosenTier = t;
    for (const c of accepted) {
      if (c === chosen) considered.push(entry(c, rule.show(c.value!), 'chosen', tierWhy(rule, t)));
      else considered.push(entry(c, rule.show(c.value!), 'outranked', picked.why));
    }
  }

  const disagree = rule.disagreeWarning;
  if (chosen && disagree) {
    for (const [t, tier] of tiers.entries()) {
      if (t === chosenTier || !rule.tiers[t].sources.some((s) => disagree.sources.includes(s))) continue;
      const other = tier.find((c) => c.value !== null && disagree.sources.includes(c.source) && !same(c.value, chosen.value!));
      if (other) warnings.push(disagree.warn(chosen, other));
    }
  }

  return {
    field: rule.field,
    value: chosen?.value ?? null,
    source: chosen?.source ?? null,
    evidence: chosen ? cut(chosen.text) : null,
    considered,
    warnings,
  };
}

/** A tier's candidates, produced on demand and kept. */
class Produced<T> {
  private readonly seen: Candidate<T>[] = [];
  private iterator: Iterator<Candidate<T>> | null = null;
  constructor(private readonly tier: Tier<T>) {}

  at(i: number): Candidate<T> | undefined {
    this.iterator ??= this.tier.candidates()[Symbol.iterator]();
    while (this.seen.length <= i) {
      const next = this.iterator.next();
      if (next.done) return undefined;
      this.seen.push(next.value);
    }
    return this.seen[i];
  }

  find(test: (c: Candidate<T>) => boolean): Candidate<T> | undefined {
    for (let i = 0; ; i++) {
      const c = this.at(i);
      if (!c || test(c)) return c;
    }
  }
}

function entry<T>(c: Candidate<T>, value: string | null, outcome: Considered['outcome'], why: string): Considered {
  return { source: c.source, text: cut(c.text, 160), value, outcome, why };
}

function tierWhy<T>(rule: Rule<T>, t: number): string {
  return t === 0 ? `${rule.tiers[0].sources.join(' / ')}: the most trusted source` : 'no more trusted source had a readable value';
}

function pickFirst<T>(accepted: Candidate<T>[]): { chosen: Candidate<T>; why: string } {
  const visible = accepted.find((c) => !c.hidden);
  return visible && visible !== accepted[0]
    ? { chosen: visible, why: 'visible text wins over hidden text' }
    : { chosen: accepted[0], why: 'the first on the page wins' };
}

/** What reading one piece of text for a field gave: a value, or why it is not one. */
export type Reading<T> = { value: T } | { rejected: string };
export const ok = <T>(value: T): Reading<T> => ({ value });
export const no = (why: string): Reading<never> => ({ rejected: why });

/** A candidate from a fact and what it reads as. */
export function candidate<T>(fact: Pick<Fact, 'source' | 'snippet' | 'line' | 'hidden'>, reading: Reading<T>): Candidate<T> {
  const base = { source: fact.source, text: fact.snippet, line: fact.line, hidden: fact.hidden };
  return 'value' in reading ? { ...base, value: reading.value } : { ...base, value: null, rejected: reading.rejected };
}

/** Tiers in the order given, each reading its sources with `from` (the usual shape of a rule). */
export function tiersFrom<T>(order: Fact['source'][][], from: (sources: Fact['source'][]) => () => Iterable<Candidate<T>>): Tier<T>[] {
  return order.map((sources) => ({ sources, candidates: from(sources) }));
}
