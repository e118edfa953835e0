/**
 * What every field rule reads from: the page's facts (each with its source) and, for the
 * rules that look beyond facts (title, client, location), the page itself.
 */
import type { IsoDate } from '../../posting';
import type { BrokerContext } from '../broker';
import type { Fact, SourceKind } from '../fact';
import type { LabelField } from '../labels';
import type { PageLine } from '../page-reading';

export interface FieldContext {
  facts: readonly Fact[];
  lines: readonly PageLine[];
  /** Index of the posting's title line, -1 when there is none. */
  titleLine: number;
  broker: BrokerContext;
  head: { documentTitle?: string; ogTitle?: string; siteName?: string };
  imageAlts: readonly string[];
  now: IsoDate;
}

/** Facts for `field` from `sources`, visible before hidden, then in page order. */
export function factsOf(ctx: Pick<FieldContext, 'facts'>, field: LabelField, sources: readonly SourceKind[]): Fact[] {
  return ctx.facts
    .filter((f) => f.field === field && sources.includes(f.source))
    .sort((a, b) => Number(a.hidden) - Number(b.hidden) || a.line - b.line);
}

const memo = new WeakMap<Fact, Map<string, unknown>>();

/** Read a fact once: later rules and checks asking the same get the same answer without parsing again. */
export function readOnce<T>(fact: Fact, key: string, read: () => T): T {
  let m = memo.get(fact);
  if (!m) memo.set(fact, (m = new Map()));
  if (!m.has(key)) m.set(key, read());
  return m.get(key) as T;
}
