/**
 * Collects requirement items in page order, each once. Pages repeat their items: a hidden
 * mobile copy of the list, a tab panel shown twice, or the whole list run together into
 * one item ("item1item2item3"). An item is dropped when its key was seen before, or when
 * it is nothing but earlier items glued together with a few characters to spare.
 *
 * Both checks cost time in proportion to the item's own length, never to the number of
 * items collected so far: a page with many thousands of items stays linear.
 */
import { dedupeKey } from '../parse/text';
import type { Requirement } from '../posting';
import { cleanItem, splitGluedItems } from './requirement-item';
import { type SectionKind, kindFromCode } from './section-vocabulary';

/** Keys at least this long count as pieces of a glued copy; shorter ones match too easily. */
const PIECE = 15;

/**
 * Earlier keys of PIECE characters or more, as a trie read PIECE characters at a step, each
 * step by the hash of its characters (numbers, so no piece of text is ever cut out): `ends`
 * holds the keys that end within the next step, by the hash of their characters there, and
 * `endLengths` how far into the step they end, as bits. Finding the earlier keys that start
 * at a point of a new key then costs as much as the key is long, however many earlier keys
 * share its opening words or end in the same step ("Minimaal 5 jaar ervaring met … in
 * project 12", "… 13"); a hash that happens to match is caught by comparing the key itself.
 */
interface Step {
  next?: Map<number, Step>;
  ends?: Map<number, string[]>;
  endLengths?: number;
}

/**
 * Hashes of PIECE characters, rolled along a key one character at a time: most points of
 * a new key start no earlier key, and a number tells so without cutting a string there.
 */
const BASE = 131;
const BASE_TOP = Array.from({ length: PIECE - 1 }).reduce<number>((p) => Math.imul(p, BASE), 1);

function hashAt(key: string, at: number, length = PIECE): number {
  let h = 0;
  for (let i = at; i < at + length; i++) h = (Math.imul(h, BASE) + key.charCodeAt(i)) | 0;
  return h;
}

/**
 * What a tender's facts say under a criteria label and is no point to meet: a criteria table's
 * total row ("Totaal kwaliteit"), the award method ("Beste prijs-kwaliteitverhouding (kwaliteit
 * 70 punten, prijs 30 punten)", "Laagste prijs") or an amount ("€ 181.440 excl. btw (initiële looptijd)").
 */
const NOT_A_POINT = /^(?:sub)?tota(?:a)?l(?:\s+[\p{L}-]+){0,2}$|^(?:(?:beste\s+)?prijs[- ]kwaliteit(?:s)?verhouding|laagste\s+prijs|emvi|bpkv|economisch\s+meest\s+voordelige\s+inschrijving)\b|^€\s?[\d.,]+(?:,-)?(?:\s+(?:excl|incl)\.?\s*(?:btw|vat))?(?:\s*\([^)]*\))?\.?$/iu;

/** An item as collected: its kind may still be a competency, settled by finish(). */
interface Item extends Omit<Requirement, 'kind'> {
  kind: SectionKind;
  /** Listed under a profile heading ("Wat vragen wij"), not one that names eisen or wensen. */
  profile?: boolean;
  /** Marked with its own kind inside such a list ("Pré: …"): a plus among the profile, which leaves the rest a profile. */
  markedInProfile?: boolean;
}

export class RequirementCollector {
  items: Item[] = [];
  private keys = new Set<string>();
  private pieces: Step = {};
  /** hashAt(key, 0) of every earlier key in `pieces`. */
  private pieceStarts = new Set<number>();

  add(raw: string, kind: SectionKind, code?: string, weight?: number): void {
    if (raw.length <= 60) this.addOne(raw, kind, code, weight);
    else for (const part of splitGluedItems(raw)) this.addOne(part, kind, code, weight);
  }

  private addOne(part: string, kind: SectionKind, code?: string, weight?: number): void {
    const item = cleanItem(part);
    if (!item || NOT_A_POINT.test(item.text)) return;
    const key = dedupeKey(item.text);
    if (key.length < 3 || this.isKnown(key)) return;
    this.remember(key);
    const itemCode = code ?? item.code;
    // An item's own mark ("(wens)") wins over its section's kind; then a code ("W2") in a mixed section.
    // A code that is a word ("Eis 1", "Wens 2") says the kind as plainly as a mark, also under a
    // profile heading ("Wat vragen wij?"); so does a letter code there ("K1", "W2").
    const coded = itemCode && (/^(?:eis|wens)\b/i.test(itemCode) || kind === 'other') ? kindFromCode(itemCode) : null;
    const resolved: SectionKind = item.marked ?? coded ?? (kind === 'mixed' ? (itemCode && kindFromCode(itemCode)) || 'other' : kind);
    const w = weight ?? item.weight;
    const ownKind = !!(item.marked || coded);
    const found: Item = { kind: resolved, text: item.text, ...(kind === 'other' ? (ownKind ? { markedInProfile: true } : { profile: true }) : {}) };
    if (w !== undefined) found.weight = w;
    if (itemCode) found.code = itemCode;
    this.items.push(found);
  }

  get count(): number {
    return this.items.length;
  }

  /** A paragraph that continues the last item ("… met het leiden" + "van projecten …"). */
  continueLast(text: string): boolean {
    const last = this.items[this.items.length - 1];
    if (!last) return false;
    last.text = `${last.text} ${text}`.replace(/\s+/g, ' ').trim();
    this.remember(dedupeKey(last.text));
    return true;
  }

  /** "(30%)" on a line of its own under a wens: the last item's weight. */
  weighLast(weight: number): boolean {
    const last = this.items[this.items.length - 1];
    if (!last || last.weight !== undefined) return false;
    last.weight = weight;
    return true;
  }

  /** A sub-point of the last item ("…, waarvan aantoonbaar:" + "ervaring met SAP PM"), joined to it with a semicolon. */
  addToLast(text: string): void {
    const last = this.items[this.items.length - 1];
    const part = cleanItem(text)?.text;
    if (!last || !part) return;
    last.text = `${last.text}${/[:;]$/.test(last.text) ? '' : ';'} ${part}`;
    this.remember(dedupeKey(last.text));
  }

  /**
   * The requirements; competency lists only where the page has no explicit eisen or wensen.
   * A profile list beside wensen and no eisen ("Wat vragen wij" and "Pré's") is the eisen:
   * what the page sets apart as a plus, the rest is not.
   */
  finish(explicit: boolean): Requirement[] {
    const profileIsEisen = this.items.some((i) => i.kind === 'wish' && !i.markedInProfile) && !this.items.some((i) => i.kind === 'knockout' || i.kind === 'mixed');
    // Settled in place: a page of many thousands of items is not copied item by item.
    const requirements: Requirement[] = [];
    for (const item of this.items) {
      if (item.kind === 'competency' && explicit) continue;
      if (item.kind === 'competency' || item.kind === 'mixed') item.kind = 'other';
      if (item.profile && profileIsEisen) item.kind = 'knockout';
      delete item.profile;
      delete item.markedInProfile;
      requirements.push(item as Requirement);
    }
    return requirements;
  }

  private remember(key: string): void {
    this.keys.add(key);
    if (key.length < PIECE) return;
    this.pieceStarts.add(hashAt(key, 0));
    let node = this.pieces;
    let at = 0;
    for (; key.length - at >= PIECE; at += PIECE) {
      const chunk = hashAt(key, at);
      node.next ??= new Map();
      let child = node.next.get(chunk);
      if (!child) node.next.set(chunk, (child = {}));
      node = child;
    }
    const tail = hashAt(key, at, key.length - at);
    node.ends ??= new Map();
    const same = node.ends.get(tail);
    if (same) same.push(key);
    else node.ends.set(tail, [key]);
    node.endLengths = (node.endLengths ?? 0) | (1 << (key.length - at));
  }

  /**
   * Seen before, or nothing but earlier items run together: fewer than `spare` characters
   * of the key are left once the earlier items in it are taken out. The key is read from
   * left to right, taking the longest earlier key that starts at each point; the scan
   * stops as soon as the characters left over reach `spare`.
   */
  private isKnown(key: string): boolean {
    if (this.keys.has(key)) return true;
    const spare = Math.min(12, key.length * 0.1 + 4);
    let left = 0;
    // The hash of key[hashedAt, hashedAt + PIECE), rolled on while the scan steps by one.
    let hash = 0;
    let hashedAt = -2;
    for (let at = 0; at < key.length; ) {
      let piece = 0;
      if (key.length - at >= PIECE) {
        hash = hashedAt === at - 1 ? (Math.imul(hash - Math.imul(key.charCodeAt(at - 1), BASE_TOP), BASE) + key.charCodeAt(at + PIECE - 1)) | 0 : hashAt(key, at);
        hashedAt = at;
        if (this.pieceStarts.has(hash)) piece = this.pieceAt(key, at);
      }
      if (piece > 0) {
        at += piece;
      } else {
        at++;
        if (++left >= spare) return false;
      }
    }
    return true;
  }

  /** Length of the longest earlier key (of PIECE characters or more) found in `key` at `at`, or 0. */
  private pieceAt(key: string, at: number): number {
    let longest = 0;
    let node = this.pieces;
    for (let pos = at; ; pos += PIECE) {
      const { ends, endLengths = 0 } = node;
      if (ends) {
        // The earlier keys ending `tail` characters into this step, by the hash of those characters.
        let hash = 0;
        for (let tail = 0; tail < PIECE && pos + tail <= key.length; tail++) {
          if (endLengths & (1 << tail)) {
            for (const earlier of ends.get(hash) ?? []) {
              if (earlier.length === pos - at + tail && earlier.length > longest && key.startsWith(earlier, at)) longest = earlier.length;
            }
          }
          if (pos + tail < key.length) hash = (Math.imul(hash, BASE) + key.charCodeAt(pos + tail)) | 0;
        }
      }
      const child = node.next && key.length - pos >= PIECE ? node.next.get(hashAt(key, pos)) : undefined;
      if (!child) return longest;
      node = child;
    }
  }
}
