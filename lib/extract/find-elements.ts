/**
 * One walk over the elements below `root`, collecting those whose tag is wanted. Cheaper
 * than a query per tag or a selector list: linkedom evaluates each of those with a full
 * traversal of the page, which dominated the time on large pages.
 */
export function findElements(root: Element, wanted: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  stack.reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (wanted.has(el.tagName.toLowerCase())) found.push(el);
    const children: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
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
    if (level >= depth) continue;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (tags.has(c.tagName.toLowerCase()) && ++count > limit) return true;
      stack.push([c, level + 1]);
    }
  }
  return false;
}
