/**
 * The small phrase language the vocabulary lists are written in, so a reader sees plain
 * words and a test can feed every entry through the matcher:
 *
 *   sluitingsdatum            the words themselves (matched after fold(): lower case, no accents)
 *   reageren [kan] tot        [..] an optional word or words
 *   {uren|uur} per week       {a|b} one of the alternatives (each may be several words)
 *   deadline …                … a qualifier of more words ("Deadline voor het voorstellen van kandidaten")
 *   ~eisen, gunning~          ~ the rest of a compound word ("functie-eisen", "minimumeisen", "gunningscriteria")
 *   # uur                     # a number ("24 uur", "1,5 uur")
 *
 * Anything else is literal. Patterns are built once, when the module loads.
 */

const QUALIFIER = "(?: [a-z][a-z '&-]{0,59})?";

/** Regex source for one entry. */
export function phraseSource(entry: string): string {
  let out = '';
  let i = 0;
  const text = entry.trim();
  while (i < text.length) {
    const c = text[i];
    if (c === '[') {
      // An optional part takes one neighbouring space with it: "reageren [kan] tot", "[max] tarief", "duur [opdracht]".
      const end = text.indexOf(']', i);
      const inner = phraseSource(text.slice(i + 1, end));
      i = end + 1;
      if (out.endsWith(' ')) out = `${out.slice(0, -1)}(?: ${inner})?`;
      else if (text[i] === ' ') {
        out += `(?:${inner} )?`;
        i++;
      } else out += `(?:${inner})?`;
    } else if (c === '{') {
      const end = text.indexOf('}', i);
      out += `(?:${text.slice(i + 1, end).split('|').map(phraseSource).join('|')})`;
      i = end + 1;
    } else if (c === '#') {
      out += '\\d{1,3}(?:[.,]\\d)?';
      i++;
    } else if (c === '~') {
      out += '[a-z]*';
      i++;
    } else if (c === '…') {
      out = out.replace(/ $/, '') + QUALIFIER;
      i++;
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    }
  }
  return out;
}

/** One anchored, case-insensitive regex matching any of the entries as a whole. */
export function wholePhrase(entries: readonly string[]): RegExp {
  return new RegExp(`^(?:${entries.map(phraseSource).join('|')})$`);
}

/** A regex finding any of the entries as words inside longer text. */
export function anyPhrase(entries: readonly string[], flags = ''): RegExp {
  return new RegExp(`(?:^|[^a-z0-9])(?:${entries.map(phraseSource).join('|')})(?![a-z0-9])`, flags);
}

/**
 * Example texts an entry stands for (every optional part with and without, every
 * alternative, a sample qualifier), for the table tests that feed each entry.
 */
export function phraseSamples(entry: string): string[] {
  const expand = (text: string): string[] => {
    const open = text.search(/[[{]/);
    if (open === -1) return [text.replace('…', ' voor het indienen van kandidaten').replace(/^~/, 'functie').replace(/~$/, 'scriteria').replace(/~/g, '').replace(/#/g, '24')];
    const close = text.indexOf(text[open] === '[' ? ']' : '}', open);
    const inner = text.slice(open + 1, close);
    const before = text.slice(0, open);
    let after = text.slice(close + 1);
    const options = text[open] === '[' ? [inner, ''] : inner.split('|');
    if (text[open] === '[' && after.startsWith(' ')) after = after.slice(1);
    return options.flatMap((o) => expand(`${before}${o}${o && text[open] === '[' ? ' ' : ''}${after}`));
  };
  return [...new Set(expand(entry.trim()).map((s) => s.replace(/\s+/g, ' ').trim()))];
}

/** A regex finding any of the entries at the start of folded text, as whole words. */
export function leadingPhrase(entries: readonly string[]): RegExp {
  return new RegExp(`^(?:${entries.map(phraseSource).join('|')})(?![a-z0-9])`);
}

/**
 * A regex finding any of the entries in running text as whole words, case-insensitive;
 * match against `withoutAccents(text)` so "vóór" meets "voor" and indexes stay the same.
 * (Latin letters only in the word edges: the Unicode-aware form is many times slower.)
 */
export function cuePhrase(entries: readonly string[]): RegExp {
  return new RegExp(`(?<![A-Za-z0-9\u00C0-\u024F])(?:${entries.map(phraseSource).join('|')})(?![A-Za-z0-9\u00C0-\u024F])`, 'i');
}

/** Text without accents, the same length as the text when it is composed (NFC), as page text is. */
export function withoutAccents(text: string): string {
  // Most sentences are plain ASCII: nothing to do.
  if (!/[\u0080-\uFFFF]/.test(text)) return text;
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain.length === text.length ? plain : text;
}
