/**
 * Noise that a heading announces ("Vergelijkbare opdrachten", "Zo werkt onze
 * dienstverlening", "Over <portal>"): either the whole section the heading opens, or the
 * lines after it up to the end of its container.
 */
import { squash } from '../parse/text';
import { isNoiseHeading } from './noise';
import { holdsMoreThan } from './find-elements';
import type { WalkedLine } from './page-lines';

const H1 = new Set(['h1']);

/**
 * The section a heading introduces: climb while the heading is all its parent holds;
 * the first parent with more content is the section when the heading opens it and no
 * peer heading shares it. Otherwise null: the heading sits mid-content, and only the
 * lines after it are marked (see markNoiseSections).
 */
export function sectionOf(heading: Element): Element | null {
  const rank = Number(/^h([1-6])$/i.exec(heading.tagName)?.[1] ?? 2);
  let el = heading;
  while (el.parentElement && el.parentElement.tagName.toLowerCase() !== 'body') {
    const parent = el.parentElement;
    // A parent with other children holds more than the heading (checked without reading
    // the text of what may be a very large container).
    const alone = parent.children.length === 1 && squash(parent.textContent ?? '').length <= squash(heading.textContent ?? '').length + 3;
    if (!alone) {
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
export function markNoiseSections(lines: WalkedLine[], isSiteName: (name: string) => boolean): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.noise || !(line.heading || line.text.length <= 60) || !isNoiseHeading(line.text, isSiteName)) continue;
    const stopAt = line.heading && line.heading <= 6 ? line.heading : 3;
    const container = containerOf(line.el);
    line.noise = true;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j];
      if (container && !container.contains(next.el)) break;
      if (/^h[1-6]$/i.test(next.el.tagName) && next.heading <= stopAt) break;
      next.noise = true;
    }
    i = j - 1;
  }
}

/** The element a heading sits in, unless that is the page's main column itself. */
function containerOf(heading: Element): Element | null {
  const own = squash(heading.textContent ?? '').length;
  let el: Element | null = heading.parentElement;
  while (el && squash(el.textContent ?? '').length <= own + 3) el = el.parentElement;
  if (!el || /^(?:body|html|main|article)$/i.test(el.tagName) || holdsMoreThan(el, H1, 0)) return null;
  return el;
}
