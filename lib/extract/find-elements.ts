/**
 * One walk over the elements below `root`, collecting those whose tag is wanted (every
 * element for null), in document order, at most `limit` of them. Cheaper than a query per
 * tag or a selector list: linkedom evaluates each of those with a full traversal of the
 * page (and compiles the selector each time), which dominated the time on large pages.
 */
/** A template's content is not part of the page: a browser gives it no children and selectors never match in it. */
const inert = (el: Element) => tagOf(el) === 'template';

/**
 * The element's tag in lower case. localName, not tagName: linkedom builds an upper-case
 * copy of tagName on every call; lower-cased all the same, as linkedom keeps the case an
 * element was created with ("DIV").
 */
export const tagOf = (el: Element) => el.localName.toLowerCase();

export function findElements(root: Element, wanted: ReadonlySet<string> | null, limit = Infinity): Element[] {
  const found: Element[] = [];
  if (limit <= 0) return found;
  // Pre-order by the element links themselves: no stack, nothing allocated per element.
  for (let el = root.firstElementChild; el; ) {
    if (!wanted || wanted.has(tagOf(el))) {
      found.push(el);
      if (found.length >= limit) break;
    }
    let next = inert(el) ? null : el.firstElementChild;
    for (let at: Element | null = el; !next && at && at !== root; at = at.parentElement) next = at.nextElementSibling;
    el = next;
  }
  return found;
}

/**
 * Does `root` hold more than `limit` elements with one of these tags, within `depth`
 * levels? Stops as soon as it knows.
 */
export function holdsMoreThan(root: Element, tags: ReadonlySet<string>, limit: number, depth = Infinity): boolean {
  let count = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, level] = stack.pop()!;
    if (level >= depth || inert(el)) continue;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (tags.has(tagOf(c)) && ++count > limit) return true;
      stack.push([c, level + 1]);
    }
  }
  return false;
}
