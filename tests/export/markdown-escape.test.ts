import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { block, cell, inline } from '../../lib/export/markdown-escape';

/** Is some occurrence of `ch` in `markdown` not cancelled by an odd run of backslashes before it? */
function hasUnescaped(markdown: string, ch: string): boolean {
  for (let at = markdown.indexOf(ch); at >= 0; at = markdown.indexOf(ch, at + 1)) {
    let backslashes = 0;
    while (markdown[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return true;
  }
  return false;
}

/** Strings made mostly of the characters Markdown reacts to, so the traps meet each other. */
const trappy = fc.string({
  unit: fc.constantFrom(...'\\`*_[]()<>#|~&;!-+=.:)1 a\n\r\t'.split(''), '&amp;', '<script>', '1. ', '```', 'https://', 'www.', '@'),
  maxLength: 40,
});
const anyText = fc.oneof(trappy, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

describe('inline() renders page and user text literally inside a paragraph or list item', () => {
  it.each([
    ['leaves plain Dutch text alone', 'Minimaal 5 jaar ervaring (hbo/wo)', 'Minimaal 5 jaar ervaring (hbo/wo)'],
    ['escapes emphasis asterisks', 'een *cruciale* rol', 'een \\*cruciale\\* rol'],
    ['escapes underscores that could open or close emphasis', '_nadruk_ en __sterk__', '\\_nadruk\\_ en \\_\\_sterk\\_\\_'],
    ['keeps underscores inside words, as in snake_case and e-mail addresses', 'zaak_type of j_de_vries@example.nl', 'zaak_type of j_de_vries@example.nl'],
    ['escapes backticks so no code span starts', 'de `sluitingsdatum`', 'de \\`sluitingsdatum\\`'],
    ['escapes brackets so no link or task box forms', '[klik](opdracht.html) [ ]', '\\[klik\\](opdracht.html) \\[ \\]'],
    ['shows an HTML tag as text', '<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['escapes pipes', 'Gemeente A | Gemeente B', 'Gemeente A \\| Gemeente B'],
    ['escapes tildes so nothing is struck through', '~~oud~~ nieuw', '\\~\\~oud\\~\\~ nieuw'],
    ['doubles a backslash so it cannot escape what follows', 'C:\\map\\*', 'C:\\\\map\\\\\\*'],
    ['escapes an entity that a renderer would decode', 'R&amp;D &copy; &#35;', 'R\\&amp;D \\&copy; \\&#35;'],
    ['leaves an ampersand that is no entity', 'Zorg & Veiligheid', 'Zorg & Veiligheid'],
    ['escapes a leading "#" so it starts no heading', '# Kop', '\\# Kop'],
    ['escapes a "#" after a space, which could close a heading', 'Team #', 'Team \\#'],
    ['leaves a "#" inside a word', 'C# en F#', 'C# en F#'],
    ['escapes a leading ">" so it starts no quote', '> 5 jaar ervaring', '\\> 5 jaar ervaring'],
    ['leaves a ">" later in the line', 'ervaring > 5 jaar', 'ervaring > 5 jaar'],
    ['escapes a leading "- " so it starts no list', '- punt', '\\- punt'],
    ['escapes a leading "+ " so it starts no list', '+ punt', '\\+ punt'],
    ['leaves a leading sign on a number', '+31 6 1234 5678', '+31 6 1234 5678'],
    ['escapes a dashed line that would be a thematic break', '-- -', '\\-- -'],
    ['escapes a line of "=" that would underline a heading', '===', '\\==='],
    ['escapes a line that would be the delimiter row of a one-column table', ':-:', '\\:-:'],
    ['escapes the dot of a leading "1." so it starts no ordered list', '1. Minimaal hbo', '1\\. Minimaal hbo'],
    ['escapes the parenthesis of a leading "2)"', '2) Kennis van de Wmo', '2\\) Kennis van de Wmo'],
    ['leaves a leading decimal number', '2.5 jaar', '2.5 jaar'],
    ['leaves a clean web address or e-mail address as it is, so a renderer may link it', 'zie https://x.nl/cv_2024.pdf of j.jansen@x.nl', 'zie https://x.nl/cv_2024.pdf of j.jansen@x.nl'],
    ['keeps an address with an escaped character from becoming a link, where GFM would show the backslash', 'https://x.nl/*nieuw* www.x.nl/_a_ jan@x.nl]', 'https\\://x.nl/\\*nieuw\\* www\\.x.nl/\\_a\\_ jan\\@x.nl\\]'],
    ['turns line breaks into spaces and collapses white space', '  regel 1\r\n\n\tregel\u00a0 2  ', 'regel 1 regel 2'],
    ['drops invisible control characters', 'a\u0000b\u0007c', 'abc'],
    ['returns "" for blank text', '   ', ''],
  ])('%s', (_, text, expected) => {
    expect(inline(text)).toBe(expected);
  });

  it('accepts null and undefined as empty text', () => {
    expect(inline(null)).toBe('');
    expect(inline(undefined)).toBe('');
  });

  it('escapes a text again when it is escaped twice, so a literal backslash survives', () => {
    expect(inline(inline('*a*'))).toBe('\\\\\\*a\\\\\\*');
  });
});

describe('cell() renders text literally inside a table cell', () => {
  it.each([
    ['escapes pipes so the row keeps its columns', 'Samenwerking A|B', 'Samenwerking A\\|B'],
    ['turns line breaks into spaces rather than <br>', 'Cv p. 2\nzie bijlage', 'Cv p. 2 zie bijlage'],
    ['keeps an escaped backslash before a pipe apart from the pipe', 'a\\|b', 'a\\\\\\|b'],
  ])('%s', (_, text, expected) => {
    expect(cell(text)).toBe(expected);
  });
});

describe('block() renders multi-line notes literally', () => {
  it('keeps paragraphs and turns single line breaks into hard breaks', () => {
    expect(block('Bel Sanne\nStuur cv\n\n\n\nDaarna wachten')).toBe('Bel Sanne \\\nStuur cv\n\nDaarna wachten');
  });

  it('escapes every line that would start a block', () => {
    const notes = ['# Kop', '1. punt', '- punt', '> citaat', '| a | b |', '|---|---|', '```js', '~~~', '    code', '===', ':--'].join('\n');
    expect(block(notes).split(' \\\n')).toEqual([
      '\\# Kop', '1\\. punt', '\\- punt', '\\> citaat', '\\| a \\| b \\|', '\\|---\\|---\\|', '\\`\\`\\`js', '\\~\\~\\~', 'code', '\\===', '\\:--',
    ]);
  });

  it('puts a space before a hard break, so a web address ending the line does not swallow the backslash', () => {
    expect(block('Portaal: https://x.nl\nInloggen')).toBe('Portaal: https://x.nl \\\nInloggen');
  });

  it('returns "" for blank notes', () => {
    expect(block(' \n\t\n')).toBe('');
    expect(block(null)).toBe('');
  });
});

describe('escaping holds for arbitrary text', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: undefined }), (text) => {
        inline(text);
        cell(text);
        block(text);
      }),
      { numRuns: 500 },
    );
  });

  it('gives a cell no line break and no unescaped pipe', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = cell(text);
        expect(out).not.toMatch(/[\r\n]/);
        expect(hasUnescaped(out, '|')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives inline text no "<" that could start a tag or autolink', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(hasUnescaped(inline(text), '<')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('starts no line of a block with a heading, list, quote, table, fence or indented code', () => {
    const blockStart = /^(?:#|>|[-+*](?: |$)|\d{1,9}[.)](?: |$)|\||`{3}|~{3}| {4}|[-:][-: ]*$|=+$)/;
    fc.assert(
      fc.property(anyText, (text) => {
        for (const line of block(text).split('\n')) expect(line).not.toMatch(blockStart);
      }),
      { numRuns: 1000 },
    );
  });
});
