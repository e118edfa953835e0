import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bidChecklistFileName, bidChecklistMarkdown } from '../../lib/export/bid-checklist';
import { Posting } from '../../lib/posting';
import { type ChecklistItem, type Corrections, SavedPosting } from '../../lib/saved-posting';

// Golden files hold the exact documents. After a deliberate change, regenerate them with
// `UPDATE_GOLDEN=1 npx vitest run tests/export` and read every changed file before committing.
const GOLDEN_DIR = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/export`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const BARE_POSTING: Posting = {
  url: '', sourceHost: null, title: null, client: null, location: null, rate: null, hoursPerWeek: null,
  deadline: null, postedDate: null, startDate: null, startAsap: false, endDate: null, durationMonths: null,
  extension: null, reference: null, requirements: [], description: '', evidence: {}, warnings: [],
};

type ItemInput = Pick<ChecklistItem, 'kind' | 'text'> & Partial<ChecklistItem>;

/** A schema-valid saved posting: page facts, corrections, checklist and notes as given, the rest empty. */
function savedPosting(input: {
  extracted?: Partial<Posting>;
  corrections?: Corrections;
  checklist?: ItemInput[];
  notes?: string;
  capturedAt?: string;
}): SavedPosting {
  const extracted = { ...BARE_POSTING, ...input.extracted };
  const at = input.capturedAt ?? '2026-01-03T09:41:00.000Z';
  return SavedPosting.parse({
    id: 'p1',
    canonicalUrl: extracted.url,
    extracted,
    corrections: input.corrections ?? {},
    checklist: (input.checklist ?? []).map((item, i) => ({
      id: `i${i + 1}`, origin: 'page', state: 'open', evidence: '', notes: '', ...item,
    })),
    status: 'bidding',
    notes: input.notes ?? '',
    capturedAt: at,
    lastCapturedAt: at,
    updatedAt: at,
    sort: { deadline: '', rate: 0, sourceHost: '', reference: '' },
  });
}

/** A realistic posting the user has worked on: corrections, assessed requirements, notes. */
const provincieUtrecht = savedPosting({
  extracted: {
    url: 'https://www.striive.com/nl/opdrachten/informatiemanager-omgevingswet-12345?utm_source=mail',
    sourceHost: 'striive.com',
    title: 'Informatiemanager Omgevingswet',
    client: 'Provincie Utrecht',
    location: 'Utrecht',
    rate: { min: null, max: 95, currency: 'EUR', text: 'Max. € 95,- per uur' },
    hoursPerWeek: { min: 32, max: 32, text: '32 uur per week' },
    deadline: '2026-01-12',
    postedDate: '2025-12-22',
    startDate: '2026-02-02',
    endDate: '2027-01-31',
    durationMonths: 12,
    extension: '2 x 6 maanden',
    reference: 'SRQ-2025-0871',
  },
  corrections: {
    rate: { min: 80, max: 95, currency: 'EUR', text: '€ 80 - € 95' },
    deadline: '2026-01-12T12:00',
    location: 'Utrecht (hybride, 2 dagen op kantoor)',
  },
  checklist: [
    { kind: 'knockout', code: 'K1', text: 'Afgeronde hbo- of wo-opleiding', state: 'met', evidence: 'Cv, opleiding: MSc Bestuurskunde (UU, 2009)' },
    {
      kind: 'knockout', code: 'K2', text: 'Minimaal 5 jaar ervaring als informatiemanager bij een overheidsorganisatie',
      state: 'partly', evidence: 'Cv: Gemeente Amersfoort 2021–heden',
      notes: 'Provincie Gelderland 2018–2020 was als adviseur; navragen bij de intermediair.',
    },
    { kind: 'knockout', code: 'K3', text: 'Aantoonbare kennis van de Omgevingswet en het DSO', state: 'not-met' },
    { kind: 'knockout', text: 'Een VOG kunnen overleggen', state: 'met', evidence: 'VOG aangevraagd op 2 januari', goneFromPage: true },
    { kind: 'wish', code: 'W1', text: 'Ervaring met zaakgericht werken', weight: 30, state: 'met', evidence: 'Cv: project Zaaksysteem Amersfoort' },
    { kind: 'wish', code: 'W2', text: "Kennis van de ZGW API's", weight: 20 },
    { kind: 'wish', code: 'W3', text: 'Certificering TOGAF of ArchiMate', weight: 12.5, state: 'partly', notes: 'ArchiMate Foundation, geen Practitioner.' },
    { kind: 'other', text: 'Communicatief sterk en een verbinder', state: 'met' },
    { kind: 'other', text: 'Referentie van vorige opdrachtgever regelen', origin: 'user' },
  ],
  notes: 'Intermediair: Sanne de Vries, 030 123 45 67.\nIs het tarief inclusief reiskosten?\n\nInschrijven via het portaal vóór 12:00 uur; cv maximaal 3 pagina’s.',
});

/** Every text carries something Markdown or HTML would otherwise act on. */
const traps = savedPosting({
  extracted: {
    url: 'https://opdrachten.example.nl/vacature/adviseur)[2]?q=a b]',
    sourceHost: 'opdrachten.example.nl',
    title: '# Adviseur <b>AVG</b> *privacy* & security_officer #',
    client: 'Gemeente A|B | Samenwerking West',
    location: '[Den Haag](javascript:alert(1))',
    rate: { min: null, max: null, currency: 'EUR', text: 'n.o.t.k. | <i>marktconform</i>' },
    deadline: '2025-12-01T17:00',
    reference: '`REF`_2025_*01*',
    extension: '1. optie\n2. optie',
  },
  checklist: [
    { kind: 'knockout', code: 'K|1', text: '<script>alert(1)</script> Kennis van HTML', state: 'not-met', evidence: 'Cv p. 2 | project X\nzie ook\r\nbijlage *B*' },
    { kind: 'knockout', text: '1. Minimaal _vijf_ jaar **ervaring** met `code` & R&amp;D', notes: '> citaat\n---' },
    { kind: 'wish', code: '*', text: '- [x] nep-vinkje ~~doorgestreept~~', weight: 10, evidence: '![img](x.png) \\ <img src=x onerror=alert(1)>' },
    { kind: 'other', text: 'Portfolio meesturen', state: 'met', evidence: 'https://example.nl/portfolio_2025', notes: 'Mail naar j_de_vries@example.nl' },
  ],
  notes: '# Kop aan het begin\n1. eerste punt\n2) tweede\n- lijstje\n> citaat\n| a | b |\n|---|---|\n```js\nalert(1)\n```\n    ingesprongen code\n===\n\n\n\nTekst met \\ backslash en <img src=x onerror=alert(1)>\n+ plus\n* ster\n-- -\nA_B_C en _nadruk_',
});

const bare = savedPosting({});

const nl = { today: '2026-01-05', language: 'nl' } as const;
const en = { today: '2026-01-05', language: 'en' } as const;

describe('bidChecklistMarkdown writes exactly the golden document', () => {
  it.each([
    ['for a worked-on posting in Dutch: corrections, codes, weights, evidence, notes, a gone item, a knock-out not met', 'full-nl.md', provincieUtrecht, nl],
    ['for the same posting in English', 'full-en.md', provincieUtrecht, en],
    ['for a bare posting in Dutch: every fact unknown, no items, no notes', 'bare-nl.md', bare, nl],
    ['for a bare posting in English', 'bare-en.md', bare, en],
    ['for texts full of Markdown and HTML traps, all shown literally', 'markdown-traps-nl.md', traps, nl],
  ] as const)('%s (%s)', (_, name, saved, options) => {
    expectGolden(name, bidChecklistMarkdown(saved, options));
  });
});

/** The value cell of a facts table row. */
function fact(markdown: string, label: string): string | undefined {
  return markdown.split('\n').find((line) => line.startsWith(`| ${label} | `))?.slice(label.length + 5, -2);
}

describe('bidChecklistMarkdown facts', () => {
  const rate = (min: number | null, max: number | null) => ({ rate: { min, max, currency: 'EUR' as const, text: '' } });

  it.each([
    [rate(null, 75), nl, 'max € 75 per uur'],
    [rate(80, 95), nl, '€ 80 – € 95 per uur'],
    [rate(80, null), nl, 'vanaf € 80 per uur'],
    [rate(85, 85), nl, '€ 85 per uur'],
    [rate(null, 72.5), nl, 'max € 72,50 per uur'],
    [rate(null, 75), en, 'max € 75 per hour'],
    [rate(null, 72.5), en, 'max € 72.50 per hour'],
    [{ rate: null }, nl, '—'],
  ])('shows the rate %j in %j as "%s"', (extracted, options, expected) => {
    expect(fact(bidChecklistMarkdown(savedPosting({ extracted }), options), options.language === 'nl' ? 'Tarief' : 'Rate')).toBe(expected);
  });

  it('shows an hours range as "16–24 uur per week"', () => {
    const saved = savedPosting({ extracted: { hoursPerWeek: { min: 16, max: 24, text: '16-24' } } });
    expect(fact(bidChecklistMarkdown(saved, nl), 'Uren per week')).toBe('16–24 uur per week');
    expect(fact(bidChecklistMarkdown(saved, en), 'Hours per week')).toBe('16–24 hours per week');
  });

  it('shows a start without a date as "z.s.m." / "as soon as possible"', () => {
    const saved = savedPosting({ extracted: { startAsap: true } });
    expect(fact(bidChecklistMarkdown(saved, nl), 'Start')).toBe('z.s.m.');
    expect(fact(bidChecklistMarkdown(saved, en), 'Start')).toBe('as soon as possible');
  });

  it.each([
    ['2026-01-05T16:00', nl, '5 januari 2026 om 16:00 — sluit vandaag'],
    ['2026-01-06', nl, '6 januari 2026 — nog 1 dag'],
    ['2026-01-04', nl, '4 januari 2026 — gesloten'],
    ['2026-01-06', en, '6 January 2026 — 1 day left'],
    ['2026-02-01T09:30', en, '1 February 2026 at 09:30 — 27 days left'],
    ['2025-12-31', en, '31 December 2025 — closed'],
  ])('shows the deadline %s in %j as "%s"', (deadline, options, expected) => {
    const md = bidChecklistMarkdown(savedPosting({ extracted: { deadline } }), options);
    expect(fact(md, options.language === 'nl' ? 'Sluitingsdatum' : 'Deadline')).toBe(expected);
  });

  it('leaves the days left out when today is not a date', () => {
    const md = bidChecklistMarkdown(savedPosting({ extracted: { deadline: '2026-01-06' } }), { today: '', language: 'nl' });
    expect(fact(md, 'Sluitingsdatum')).toBe('6 januari 2026');
  });

  it('shows a duration without an end date, and an extension alone', () => {
    expect(fact(bidChecklistMarkdown(savedPosting({ extracted: { durationMonths: 1 } }), en), 'End date / duration')).toBe('1 month');
    expect(fact(bidChecklistMarkdown(savedPosting({ extracted: { extension: 'optie op 6 maanden' } }), nl), 'Einddatum / looptijd')).toBe(
      'verlenging: optie op 6 maanden',
    );
  });

  it('lets a correction win over the page and marks it, also when it clears a field', () => {
    const saved = savedPosting({ extracted: { client: 'Intermediair BV', reference: '123' }, corrections: { client: 'Gemeente Ede', reference: null } });
    const md = bidChecklistMarkdown(saved, nl);
    expect(fact(md, 'Opdrachtgever')).toBe('Gemeente Ede ✎');
    expect(fact(md, 'Referentie')).toBe('— ✎');
  });

  it('links only web addresses, so a "javascript:" address stays text', () => {
    const md = bidChecklistMarkdown(savedPosting({ extracted: { url: 'javascript:alert(1)' } }), nl);
    expect(md.split('\n')[2]).toBe('javascript:alert(1)');
  });
});

describe('bidChecklistMarkdown open points', () => {
  it('says there are none when every item is met', () => {
    const md = bidChecklistMarkdown(savedPosting({ checklist: [{ kind: 'knockout', text: 'VOG', state: 'met' }] }), en);
    expect(md.endsWith('## Open points\n\nNo open points.\n')).toBe(true);
  });

  it('counts knock-outs not met in the plural', () => {
    const checklist: ItemInput[] = [
      { kind: 'knockout', text: 'A', state: 'not-met' },
      { kind: 'knockout', text: 'B', state: 'not-met' },
    ];
    expect(bidChecklistMarkdown(savedPosting({ checklist }), nl)).toContain('**Let op:** 2 knock-outcriteria niet voldaan\n');
    expect(bidChecklistMarkdown(savedPosting({ checklist }), en)).toContain('**Warning:** 2 knock-out criteria not met\n');
  });
});

describe('bidChecklistFileName', () => {
  it('names the file after deadline, client and title', () => {
    expect(bidChecklistFileName(provincieUtrecht)).toBe('2026-01-12-provincie-utrecht-informatiemanager-omgevingswet.md');
  });

  it('says "geen-deadline" and skips an empty client', () => {
    const saved = savedPosting({ extracted: { title: 'Adviseur Wonen', client: '  ' } });
    expect(bidChecklistFileName(saved)).toBe('geen-deadline-adviseur-wonen.md');
  });

  it('removes accents and punctuation, and cuts a long title at a word', () => {
    const saved = savedPosting({
      extracted: {
        deadline: '2026-03-01T12:00',
        client: 'Gemeente Súdwest-Fryslân',
        title: 'Projectleider Één Overheid / Coördinator ĳsselmeer-kust: "Regionale Energie Strategie" (RES) & meer',
      },
    });
    expect(bidChecklistFileName(saved)).toBe(
      '2026-03-01-gemeente-sudwest-fryslan-projectleider-een-overheid-coordinator-ijsselmeer-kust.md',
    );
  });

  it('names a bare posting "geen-deadline.md"', () => {
    expect(bidChecklistFileName(bare)).toBe('geen-deadline.md');
  });
});

describe('bidChecklistMarkdown with the CV', () => {
  it('nests what the CV shows under each requirement: verdict, years and evidence lines, escaped', () => {
    const saved = savedPosting({ checklist: [{ kind: 'knockout', text: 'Minimaal 5 jaar als projectleider' }, { kind: 'wish', text: 'PRINCE2' }] });
    const fromCv = new Map([
      ['i1', { verdict: 'evidenced — 6 jaar 9 mnd: 2019-01–heden Projectleider Jeugd', lines: ['Projectleider Jeugd | Gemeente Tilburg | jan. 2019 – heden'] }],
      ['i2', { verdict: 'not met', lines: [] }],
    ]);
    const md = bidChecklistMarkdown(saved, { ...en, fromCv });
    expect(md).toContain('- [ ] Minimaal 5 jaar als projectleider — open\n  - from my CV: evidenced — 6 jaar 9 mnd: 2019-01–heden Projectleider Jeugd\n    - Projectleider Jeugd \\| Gemeente Tilburg \\| jan. 2019 – heden\n');
    expect(md).toContain('- [ ] PRINCE2 — open\n  - from my CV: not met\n');
    // Without a CV the document is as before.
    expect(bidChecklistMarkdown(saved, en)).not.toContain('from my CV');
  });
});
