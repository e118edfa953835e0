/**
 * Requirement items in page order, each once: hidden duplicate copies and items that are
 * nothing but earlier items glued together (a mobile copy "item1item2item3") are dropped.
 */
import { dedupeKey } from '../parse/text';
import type { Requirement } from '../posting';
import { cleanItem, splitGluedItems } from './requirement-item';
import { type SectionKind, kindFromCode } from './section-vocabulary';

interface Item extends Omit<Requirement, 'kind'> {
  kind: SectionKind;
}

export class Collector {
  items: Item[] = [];
  private keys: string[] = [];

  get count(): number {
    return this.items.length;
  }

  add(raw: string, kind: SectionKind, code?: string, weight?: number): void {
    const pieces = raw.length > 60 ? splitGluedItems(raw) : [raw];
    for (const piece of pieces) {
      const item = cleanItem(piece);
      if (!item) continue;
      const key = dedupeKey(item.text);
      if (key.length < 3 || this.isKnown(key)) continue;
      this.keys.push(key);
      const itemCode = code ?? item.code;
      const resolved: SectionKind = kind === 'mixed' ? (itemCode && kindFromCode(itemCode)) || 'other' : kind;
      const w = weight ?? item.weight;
      this.items.push({
        kind: resolved,
        text: item.text,
        ...(w !== undefined ? { weight: w } : {}),
        ...(itemCode ? { code: itemCode } : {}),
      });
    }
  }

  /** A paragraph that continues the last item ("… met het leiden" + "van projecten …"). */
  continueLast(text: string): boolean {
    const last = this.items[this.items.length - 1];
    if (!last) return false;
    last.text = `${last.text} ${text}`.replace(/\s+/g, ' ').trim();
    this.keys[this.keys.length - 1] = dedupeKey(last.text);
    return true;
  }

  /** The requirements; competency lists only where the page has no explicit eisen or wensen. */
  finish(explicit: boolean): Requirement[] {
    return this.items.flatMap((i) => (i.kind === 'competency' ? (explicit ? [] : [{ ...i, kind: 'other' as const }]) : [{ ...i, kind: i.kind === 'mixed' ? 'other' : i.kind }]));
  }

  /** Seen before, or nothing but earlier items run together. */
  private isKnown(key: string): boolean {
    if (this.keys.includes(key)) return true;
    let rest = key;
    for (const k of this.keys) if (k.length >= 15 && rest.includes(k)) rest = rest.split(k).join('');
    return rest.length < Math.min(12, key.length * 0.1 + 4);
  }
}
