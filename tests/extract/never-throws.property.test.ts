import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract';
import { htmlDocument } from '../../lib/node/html-document';
import { Posting } from '../../lib/posting';

/** Text that looks like what the extractor hunts for, so random pages reach the parsers. */
const factText = fc.constantFrom(
  'Tarief: € 95,-', 'Max 75 p/u', 'Uren per week', '32 uur p/w', '16 - 24 uur per week', 'Sluitingsdatum',
  '04-09-2025', '4-10 11:00', 'Sluit over 9 dagen', 'Sluit morgen om 16:00', '25ste augustus, 2025', 'z.s.m.',
  'De Eisen', 'Functie wensen', 'Wie zoeken we', 'Knock-outcriteria', 'K1. Minimaal 5 jaar ervaring (30%)',
  'Opdracht tarief 115Opdracht uren 32', 'Duur: 6 maanden (25 okt. 2021 - 25 apr. 2022)', 'Geen maximum',
  'Vergelijkbare opdrachten', 'Zo werkt onze dienstverlening', 'Voor de gemeente Utrecht zoeken wij',
  'januari t/m juni 2026', '€97.50–107.50/hr', 'Salaris: schaal 11', '', ' ', '\u00a0', '…etcMinimaal HBO',
);
const text = fc.oneof(factText, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const tag = fc.constantFrom(
  'div', 'p', 'span', 'b', 'strong', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'table', 'tr', 'td', 'th', 'dl', 'dt',
  'dd', 'br', 'a', 'section', 'article', 'main', 'aside', 'nav', 'footer', 'header', 'form', 'label', 'script',
  'style', 'details', 'summary', 'img', 'fieldset', 'template', 'caption',
);
const attribute = fc.constantFrom(
  '', ' hidden', ' class="related-jobs"', ' class="d-none d-md-block"', ' role="tabpanel" aria-labelledby="t1"',
  ' id="t1"', ' aria-hidden="true"', ' style="display:none"', ' class="cookie-banner"', ' href="/opdracht/1"',
  ' role="heading" aria-level="x"', ' alt="Logo van Gemeente Ede"', ' class="hidden lg:block"', ' aria-controls="t1"',
);

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text
    : fc.oneof(
        text,
        fc.tuple(tag, attribute, fc.array(node(depth - 1), { maxLength: 5 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
        // Broken markup: unclosed tags, stray closers, bad JSON-LD.
        fc.tuple(tag, fc.array(node(depth - 1), { maxLength: 3 })).map(([t, kids]) => `<${t}>${kids.join('')}`),
        fc.constant('</div></li><td>'),
        fc.constant('<script type="application/ld+json">{"@type":"JobPosting","title":"x",,"baseSalary":{"value":{"value":"abc","unitText":"HOUR"}}</script>'),
        fc.constant('<script type="application/ld+json">[{"@graph":[{"@type":["JobPosting"],"hiringOrganization":42,"jobLocation":[null]}]}]</script>'),
      ),
);

describe('extractPosting on arbitrary and malformed HTML', () => {
  it('never throws and always returns a schema-valid posting', () => {
    fc.assert(
      fc.property(node(6), fc.webUrl(), fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (body, url, day) => {
        const html = `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
        const posting = extractPosting(htmlDocument(html), url, { now: day.toISOString().slice(0, 10) });
        expect(Posting.safeParse(posting).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('copes with raw random strings as a whole document', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const posting = extractPosting(htmlDocument(raw), 'not a url', { now: '2025-06-01' });
        expect(Posting.safeParse(posting).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
