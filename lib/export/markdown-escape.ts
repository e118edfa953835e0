/**
 * Escaping for GitHub Flavored Markdown. Page and user text (pipes in a client name,
 * "<script>" in a requirement, "1. " at the start of a note line) must render as itself
 * in an exported document, never as markup. Backslash escapes are used rather than HTML
 * entities so the raw file stays readable in a plain text editor; characters that only
 * act in some positions are escaped only there, for the same reason.
 *
 * These functions are not idempotent on purpose: a text that already contains "\*"
 * must show that backslash too, so escaping it again adds one.
 */

const SPECIAL = /[\\`*_[\]<|~#&]/g;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Character and entity references that a renderer would decode ("&amp;", "&#35;"). */
const REFERENCE = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;
/**
 * Line starts that open a block: list, quote, thematic break, setext underline, and the
 * delimiter row of a one-column table, which needs no pipe (":-" under any line).
 */
const BLOCK_START = /^(?:[-+](?: |$)|>|[-:][-: ]*$|=+$)/;
const ORDERED_LIST_START = /^(\d{1,9})([.)])(?= |$)/;
/** Control characters other than white space: invisible, and some renderers choke on them. */
const CONTROL = /[^\P{Cc}\s]/gu;
/** What makes GFM turn a word into a link: a scheme, "www." or the "@" of an e-mail address. */
const AUTOLINK_TRIGGER = /(?:https?|ftp|mailto|xmpp)(?=:)|www(?=\.)|(?=@)/gi;

/** Text inside a paragraph, heading or list item: one line, rendered literally. */
export function inline(text: string | null | undefined): string {
  const words = String(text ?? '')
    .replace(CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  return escapeLineStart(words.map(escapeWord).join(' '));
}

/**
 * Text in a table cell. `inline` already escapes every pipe and folds line breaks into
 * spaces, because the same text may also end up in a list; a cell needs nothing more and
 * gets no `<br>`, so the table holds no HTML at all.
 */
export function cell(text: string | null | undefined): string {
  return inline(text);
}

/**
 * Multi-line text such as the user's notes: paragraphs stay paragraphs, line breaks stay
 * line breaks (as backslash hard breaks), and no line can start a heading, list, quote,
 * table or code block. Returns "" for blank text.
 */
export function block(text: string | null | undefined): string {
  const paragraphs: string[][] = [[]];
  for (const raw of String(text ?? '').split(/\r\n|\r|\n/)) {
    const line = inline(raw);
    const current = paragraphs[paragraphs.length - 1];
    if (line) current.push(line);
    else if (current.length > 0) paragraphs.push([]);
  }
  return paragraphs
    .filter((lines) => lines.length > 0)
    // The space keeps the break's backslash out of a web address that ends the line,
    // which GFM would otherwise read as part of the link.
    .map((lines) => lines.join(' \\\n'))
    .join('\n\n');
}

function escapeWord(word: string): string {
  const escaped = word.replace(SPECIAL, (ch, at: number) => (needsEscape(ch, word, at) ? `\\${ch}` : ch));
  // GFM finds links in the raw characters, so a backslash inside one would show and the
  // character it escaped would act. Such a word is kept from becoming a link; a clean
  // address stays as it is, and renderers may link it.
  if (!escaped.includes('\\')) return escaped;
  return escaped.replace(AUTOLINK_TRIGGER, (trigger) => `${trigger}\\`);
}

function needsEscape(ch: string, word: string, at: number): boolean {
  switch (ch) {
    // An underscore between letters or digits can neither open nor close emphasis, so
    // "snake_case" and e-mail addresses stay as they are.
    case '_':
      return !(WORD_CHAR.test(word[at - 1] ?? '') && WORD_CHAR.test(word[at + 1] ?? ''));
    // Only a "#" that starts a word can open a heading or close one.
    case '#':
      return at === 0;
    case '&':
      return REFERENCE.test(word.slice(at));
    default:
      return true;
  }
}

function escapeLineStart(line: string): string {
  if (BLOCK_START.test(line)) return `\\${line}`;
  // "\1." would show the backslash: the marker after the digits is what gets escaped.
  return line.replace(ORDERED_LIST_START, '$1\\$2');
}
