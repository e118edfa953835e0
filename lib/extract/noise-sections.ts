/**
 * Noise that a heading announces ("Vergelijkbare opdrachten", "Zo werkt onze
 * dienstverlening", "Over <portal>"): either the whole section the heading opens, or the
 * lines after it up to the end of its container.
 *
 * Both climb from the heading while its ancestors hold little more than the heading's own
 * text. Each ancestor's text is the previous one's plus its other children's, read only
 * as far as needed: reading every ancestor's whole text is quadratic on a deeply nested page.
 */
import { fold, squash } from '../parse/text';
import { STEP_LIST_HEADINGS } from '../vocabulary/noise';
import { leadingPhrase } from '../vocabulary/phrases';
import { collapse, joinCollapsed, textUpTo } from './element-text';
import { isNoiseHeading } from './noise';
import { holdsMoreThan } from './find-elements';
import type { WalkedLine } from './page-lines';

/** What the page walk knows about where elements are. */
export interface PagePlaces {
  /** Is `el` inside `container` (or the container itself)? */
  inside(container: Element, el: Element): boolean;
  /** Does `el` hold an h1? */
  holdsH1(el: Element): boolean;
}

/**
 * The section a heading introduces: climb while the heading is all its parent holds;
 * the first parent with more content is the section when the heading opens it and no
 * peer heading shares it. Otherwise null: the heading sits mid-content, and only the
 * lines after it are marked (see markNoiseSections).
 */
export function sectionOf(heading: Element): Element | null {
  const rank = Number(/^h([1-6])$/i.exec(heading.tagName)?.[1] ?? 2);
  const own = squash(heading.textContent ?? '').length;
  let text: string | null = collapse(heading.textContent ?? '');
  let el = heading;
  while (el.parentElement && el.parentElement.tagName.toLowerCase() !== 'body') {
    const parent = el.parentElement;
    // A parent with other children holds more than the heading (checked without reading
    // the text of what may be a very large container, and by el's own siblings: `children`
    // would list all of a large container's children for every heading in it).
    const alone = !el.previousElementSibling && !el.nextElementSibling;
    if (alone && text !== null) text = parentText(parent, el, text, own + 3);
    if (!alone || text === null) {
      const peerTags = new Set(Array.from({ length: rank }, (_, i) => `h${i + 1}`));
      // Peer headings that open other sections sit near the top of the container, not deep in its cards.
      return parent.firstElementChild === el && !holdsMoreThan(parent, peerTags, 1, 4) ? parent : null;
    }
    el = parent;
  }
  return null;
}

/**
 * Noise headings not handled as a whole section ("Soortgelijke projecten" in bold, or a
 * "Zo werkt onze dienstverlening" halfway a container): the lines after them are noise
 * up to the end of the heading's own container, or to the next real heading of the same
 * or higher rank (h1–h6; a bold line or a tab label does not end it).
 */
export function markNoiseSections(lines: WalkedLine[], isSiteName: (name: string) => boolean, places: PagePlaces): void {
  // Lines share elements (several <br> lines in one paragraph): each element's container once.
  const containers = new Map<Element, Element | null>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.noise || !(line.heading || line.text.length <= 60) || !isNoiseHeading(line.text, isSiteName)) continue;
    const stopAt = line.heading && line.heading <= 6 ? line.heading : 3;
    let container = containers.get(line.el);
    if (container === undefined) containers.set(line.el, (container = containerOf(line.el, places)));
    line.noise = true;
    // "Zo werkt onze dienstverlening" in bold in running text, over its list of steps: the noise
    // ends with the list ("De opdracht sluit 02-11-2026" after it is the posting's again). Under a
    // real heading the steps have a section of their own, and it all goes.
    const steps = !(line.heading >= 1 && line.heading <= 6) && STEP_LIST.test(fold(line.text)) ? listAfter(line.el) : null;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j];
      if (container && !places.inside(container, next.el)) break;
      if (/^h[1-6]$/i.test(next.el.tagName) && next.heading <= stopAt) break;
      if (steps && !places.inside(steps, next.el)) break;
      next.noise = true;
    }
    i = j - 1;
  }
}

const STEP_LIST = leadingPhrase(STEP_LIST_HEADINGS);

/** The list right after a heading's block ("<p><strong>Zo werkt …</strong></p><ol>…"), or null. */
function listAfter(block: Element): Element | null {
  const next = block.nextElementSibling;
  return next && /^(?:ol|ul)$/i.test(next.tagName) ? next : null;
}

/** The element a heading sits in, unless that is the page's main column itself. */
function containerOf(heading: Element, places: PagePlaces): Element | null {
  const own = squash(heading.textContent ?? '').length;
  let text: string | null = collapse(heading.textContent ?? '');
  let child = heading;
  let el: Element | null = heading.parentElement;
  while (el && (text = parentText(el, child, text, own + 3)) !== null) {
    child = el;
    el = el.parentElement;
  }
  if (!el || /^(?:body|html|main|article)$/i.test(el.tagName) || places.holdsH1(el)) return null;
  return el;
}

/**
 * The text of `parent` (white space collapsed), given the text of its child `child`, or
 * null once it is longer than `max` characters squashed. Reads the other children only
 * as far as needed.
 */
function parentText(parent: Element, child: Node, childText: string, max: number): string | null {
  let text = '';
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    text = joinCollapsed(text, n === child ? childText : textUpTo(n, max));
    if (squash(text).length > max) return null;
  }
  return text;
}
