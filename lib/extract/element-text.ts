/**
 * Reading the text of an element without reading more than is needed. `textContent`
 * walks the whole subtree every time it is asked; asked for every ancestor of a
 * heading, or for every level of a deeply nested page, that is quadratic. These read
 * iteratively (no recursion, so any depth is fine) and stop as soon as they know.
 */
import { SKIPPED_TAGS } from './noise';

/** White space as `squash` sees it (parse/text.ts). */
const WHITE = /(?:[\s\u00a0\u200b\u200c\ufeff]|\u200d)+/g;

/** Collapse white space as `squash` does, keeping a leading or trailing space (for joining). */
export function collapse(text: string): string {
  return text.replace(WHITE, ' ');
}

/** Join collapsed texts: white space at the seam collapses too. */
export function joinCollapsed(a: string, b: string): string {
  return a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b;
}

/** The texts in the node (itself included), in document order, as `textContent` joins them. */
function* textsIn(node: Node): Generator<string> {
  for (let n: Node | null = node; n; n = nextInside(n, node)) if (n.nodeType === 3 || n.nodeType === 4) yield (n as Text).data;
}

/** The next node after `n` in document order that is still inside `root`, or null. */
function nextInside(n: Node, root: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  for (let at: Node | null = n; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/**
 * The node's text (its `textContent`), white space collapsed but not trimmed, read only
 * until it holds more than `max` characters: a longer text is returned cut short (still
 * longer than `max`), so `squash(textUpTo(n, max)).length > max` tells whether it is.
 */
export function textUpTo(node: Node, max: number): string {
  let out = '';
  for (const text of textsIn(node)) {
    out = joinCollapsed(out, collapse(text));
    // At most one space at either end: cut here, the trimmed text is still longer than max.
    if (out.length > max + 2) return out.slice(0, max + 3);
  }
  return out;
}

/** The node's text as `textContent` gives it, read only until it holds more than `max` characters. */
export function rawTextUpTo(node: Node, max: number): string {
  let out = '';
  for (const text of textsIn(node)) if ((out += text).length > max) break;
  return out;
}

/** Does the node hold any text that is not white space (as `textContent.trim()` sees it)? */
export function hasText(node: Node): boolean {
  for (const text of textsIn(node)) if (text.trim()) return true;
  return false;
}

/**
 * Visible-ish text of an element, skipping scripts and styles; <br> and blocks become
 * spaces. Iterative, so a cell nested thousands deep is no risk to the stack.
 */
export function textOf(el: Element, blockTags: ReadonlySet<string>): string {
  let out = '';
  // Nodes still to read, last first; a string is a space to write after a block.
  const todo: (Node | string)[] = [];
  pushChildren(el, todo);
  while (todo.length) {
    const item = todo.pop()!;
    if (typeof item === 'string') {
      out += item;
    } else if (item.nodeType === 3) {
      out += (item as Text).data;
    } else if (item.nodeType === 1) {
      const tag = (item as Element).tagName.toLowerCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      const block = blockTags.has(tag);
      if (tag === 'br' || block) out += ' ';
      if (block) todo.push(' ');
      pushChildren(item, todo);
    }
  }
  return out;
}

function pushChildren(parent: Node, todo: (Node | string)[]): void {
  for (let c = parent.lastChild; c; c = c.previousSibling) todo.push(c);
}
