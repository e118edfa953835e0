/**
 * Title: what the posting is called.
 *
 * Sources, most trusted first: the posting's main heading (an h1, or where a page has none
 * the h2/h3 that the document title or JSON-LD names), JSON-LD title, a "Functie:" label,
 * og:title, then the document title. Meta and document titles lose their site name
 * ("… | Harvey Nash NL") and count only when they are not generic ("Vacature: jeugdzorg
 * Oirschot - 9-9-2026", "Opdrachten via Bluetrail").
 */
import { parseHours } from '../../parse/hours';
import { fold, snippet, squash } from '../../parse/text';
import { isPlaceName } from '../places';
import type { PageLine } from '../page-reading';
import { isSiteName } from '../broker';
import { endsSection, sectionKind } from '../section-vocabulary';
import { ROLE_WORDS } from '../../vocabulary/cv-entries';
import type { Fact, SourceKind } from '../fact';
import { type FieldContext, factsOf } from './context';
import { type Candidate, type Decision, type Reading, candidate, decide, no, ok } from './decide';

/** Titles that describe a page of a site rather than one posting (a webmail client's too: "E-mail - Sanne de Vries - Outlook"). */
const GENERIC_TITLE = /^(?:vacatures?|opdrachten|jobs|vacancies|assignments|werken bij|home|e-?mail|inbox|postvak in)\b|^vacature\s*:|\d{1,2}-\d{1,2}-\d{4}\s*$|\bvia\s+\S+$/i;

/**
 * Headings that name the kind of document, not the role: a client's Word form ("Opdrachtomschrijving
 * inhuur externe medewerker"), "Inhuuraanvraag", "Functieomschrijving", "Profielschets".
 */
const DOCUMENT_KIND = /^(?:opdracht(?:omschrijving|beschrijving)|inhuur(?:aanvraag|verzoek|opdracht)|aanvraag(?:\s+(?:tot|voor))?\s+inhuur|uitvraag(?:\s+inhuur)?|functie(?:omschrijving|beschrijving|profiel)|profielschets)(?:\s+(?:inhuur|externe?|tijdelijke?|medewerkers?|inzet|personeel|capaciteit|formulier)){0,4}$/i;

export function decideTitle(ctx: FieldContext, jsonLdTitle: string | undefined): Decision<string> {
  const accept = (raw: string | undefined, source: SourceKind): Reading<string> => {
    const text = withoutFacts(squash(raw ?? ''));
    if (text.length < 3) return no('too short for a title');
    if (text.length > 200) return no('too long for a title');
    if (isSiteName(text, ctx.broker)) return no("the portal's own name");
    if ((source === 'meta' || source === 'page-title') && GENERIC_TITLE.test(text)) return no('a generic page title, not the posting');
    if (DOCUMENT_KIND.test(text)) return no('names the kind of document, not the role');
    if (source === 'heading' && namesSection(text)) return no('the name of the list the posting is in');
    return ok(text);
  };
  const one = (source: SourceKind, raw: string | undefined, text = raw ?? ''): Candidate<string>[] =>
    raw ? [candidate({ source, snippet: text, line: -1, hidden: false }, accept(raw, source))] : [];
  const labelled = () => factsOf(ctx, 'title', ['label', 'inferred-label']).map((f: Fact) => candidate(f, accept(f.value, f.source)));
  const heading = ctx.titleLine >= 0 ? ctx.lines[ctx.titleLine].text : undefined;
  const { ogTitle, documentTitle, siteName } = ctx.head;
  // A form of a list (SharePoint: "<h1>Inhuuraanvragen</h1>", a "Titel" field, and the document
  // title "Inhuuraanvragen - INH-2026-0412 Adviseur Natuurvergunningen"): the heading is the
  // list's name when the document title puts it before the labelled title.
  const namesSection = (text: string) => {
    const whole = fold(documentTitle ?? '');
    const at = whole.indexOf(fold(text));
    if (at < 0) return false;
    return factsOf(ctx, 'title', ['label']).some((f) => {
      const named = fold(squash(f.value));
      return named.length >= 3 && named !== fold(text) && whole.indexOf(named, at + fold(text).length) > at;
    });
  };

  return decide<string>({
    field: 'title',
    tiers: [
      { sources: ['heading'], candidates: () => one('heading', heading) },
      { sources: ['json-ld'], candidates: () => one('json-ld', jsonLdTitle, `JSON-LD title: ${jsonLdTitle}`) },
      { sources: ['label', 'inferred-label'], candidates: labelled },
      { sources: ['meta'], candidates: () => one('meta', ogTitle && withoutSiteName(ogTitle, siteName), `og:title: ${ogTitle}`) },
      { sources: ['page-title'], candidates: () => one('page-title', documentTitle && withoutSiteName(documentTitle, siteName), `<title>: ${documentTitle}`) },
      // Last: a page without a heading or a title of its own (a job alert read in webmail): the
      // first emphasised line of the article that names a role.
      { sources: ['prose'], candidates: () => roleLines(ctx.lines).slice(0, 1).map((i) => candidate({ source: 'prose', snippet: ctx.lines[i].text, line: i, hidden: false }, accept(ctx.lines[i].text, 'prose'))) },
    ],
    show: (t) => snippet(t, 80),
  });
}

/** A role's word inside a title ("informatiemanager", "projectleider", "beleidsadviseur"). */
const ROLE_WORD = new RegExp(`(?:${ROLE_WORDS.filter((w) => w.length >= 5 && !/^(?:interim|zelfstandig|freelance|management|leiding|partner|program|programme)$/.test(w)).join('|')})`, 'i');

/** Emphasised lines of the article that name a role and nothing else: no section heading, no sentence. */
function roleLines(lines: readonly PageLine[]): number[] {
  return lines.flatMap((l, i) =>
    l.article && !l.noise && !l.hidden && (l.heading >= 2 || l.bold) && l.text.length >= 8 && l.text.length <= 100 && !/[:.?!]$/.test(l.text) &&
    ROLE_WORD.test(l.text) && sectionKind(l.text) === null && !endsSection(l.text) ? [i] : [],
  );
}

/**
 * The posting's heading line: an h1 outside noise (the one the document title names when
 * there are several); on pages without an h1, the first h2 or h3 that the document title,
 * og:title or JSON-LD title names. -1 when there is none.
 */
export function findTitleLine(lines: readonly PageLine[], named: readonly (string | undefined)[], siteName?: string): number {
  const names = fold(named.filter(Boolean).join(' | '));
  const site = siteName ? fold(siteName) : '';
  const headings = (rank: (h: number) => boolean) =>
    lines.flatMap((l, i) => (rank(l.heading) && !l.noise && l.text.length >= 3 && fold(l.text) !== site ? [i] : []));
  const h1s = headings((h) => h === 1);
  const isNamed = (i: number) => names.includes(fold(lines[i].text));
  if (h1s.length) return h1s.find(isNamed) ?? h1s[0];
  return headings((h) => h === 2 || h === 3).find(isNamed) ?? -1;
}

/**
 * "Endpoints specialist | Harvey Nash NL" → "Endpoints specialist"; "Planner C | Alliander |
 * Sluitingsdatum 17 sept 2026 | Opdracht Overheid" → "Planner C" (the first of "|" parts).
 */
export function withoutSiteName(title: string, siteName?: string): string {
  const segments = title.split(/\s+\|\s+/);
  if (segments.length > 1) return segments[0];
  const parts = title.split(/\s+[–—-]\s+/);
  if (parts.length > 1 && (!siteName || fold(parts[parts.length - 1]).includes(fold(siteName)) || parts.length === 2)) {
    return parts.slice(0, -1).join(' - ');
  }
  return title;
}

/** A part of a title that is a fact, not the name: "32 uur", "Utrecht", "€ 95", "ZZP", "Hybride". */
function isFactPart(part: string): boolean {
  return !!parseHours(part, { labelled: false }) || isPlaceName(part) || /^(?:€|max\.?\s*€)|^(?:zzp|freelance|interim|remote|hybride|hybrid|detachering|\d{1,2}-\d{1,2}-\d{2,4})$/i.test(part.trim());
}

/** "Projectleider Wonen | 32 uur | Utrecht" → "Projectleider Wonen": facts after the name are shown as facts. */
function withoutFacts(title: string): string {
  const parts = title.split(/\s+\|\s+/);
  if (parts.length < 2) return title;
  const kept = [parts[0], ...parts.slice(1).filter((p) => !isFactPart(p))];
  return kept.join(' | ');
}
