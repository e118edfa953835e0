/**
 * Who hires: the client organisation, never the broker or portal that publishes the
 * posting. Read from labels, structured data, a "Logo van Gemeente X" image, the line
 * under the title, or the first sentence ("Voor de gemeente X zoeken wij").
 */
import { fold, squash } from '../parse/text';
import { type BrokerContext, KNOWN_BROKERS } from './broker';

export type { BrokerContext };

/** Words that make a short line look like an organisation name. */
const ORGANISATION =
  /\b(?:gemeente|provincie|ministerie|vereniging|stichting|waterschap|hoogheemraadschap|rijkswaterstaat|dienst|agentschap|belastingdienst|uwv|svb|politie|ggd|veiligheidsregio|omgevingsdienst|universiteit|hogeschool|ziekenhuis|raad|autoriteit|kadaster|rijks\w*|nationale|nederlandse|centraal|bureau|inspectie|openbaar ministerie|gerechtshof|rechtbank|zorginstituut|rvo|duo|cjib|cbs|coa|ind|dji|logius|rivm|knmi|nvwa|ilt|acm|afm|dnb|prorail|havenbedrijf|metropoolregio|samenwerkingsverband|waterbedrijf|woningcorporatie|b\.?v\.?|n\.?v\.?|municipality|ministry|province|agency|university)\b/i;
const ORG_WORD =
  '(?:[Gg]emeente|[Pp]rovincie|[Mm]inisterie(?:\\s+van)?|[Ww]aterschap|[Hh]oogheemraadschap|[Vv]eiligheidsregio|[Oo]mgevingsdienst|[Rr]egio|[Dd]ienst)';
const NAME = String.raw`(?:${ORG_WORD}\s+)?[A-Z0-9][\p{L}0-9&'’.\-]*(?:\s+(?:van|voor|en|de|der|den|het|op|aan|[A-Z0-9][\p{L}0-9&'’.\-]*)){0,6}`;
/** English names join words with "of" and "the" ("Ministry of Finance"). */
const NAME_EN = String.raw`[A-Z][\p{L}&'’.\-]*(?:\s+(?:of|the|for|and|[A-Z][\p{L}&'’.\-]*)){0,6}`;
const PROSE_PATTERNS = [
  new RegExp(String.raw`\b(?:[Gg]emeenteraad|[Cc]ollege(?:\s+van\s+(?:B&W|burgemeester\s+en\s+wethouders))?)\s+van\s+(?:de\s+gemeente\s+)?([A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){0,2})`, 'u'),
  new RegExp(String.raw`\b[Vv]oor\s+(?:de\s+|het\s+)?(${NAME})\s+(?:zoeken|zijn|is)\s+(?:wij|we)\b`, 'u'),
  new RegExp(String.raw`\b[Nn]amens\s+(?:de\s+|het\s+)?(${NAME})\s+(?:zoeken|zijn|is)\s+(?:wij|we)\b`, 'u'),
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:De\s+|Het\s+)?(${NAME})\s+(?:is|zijn)\s+op\s+zoek\s+naar\b`, 'u'),
  new RegExp(String.raw`\b(?:[Ff]or|[Oo]n behalf of)\s+(?:the\s+)?(${NAME}),?\s+we\s+are\s+(?:looking|seeking)\b`, 'u'),
  new RegExp(String.raw`\b(?:[Ff]or|[Oo]n behalf of)\s+(?:the\s+)?(${NAME_EN}),?\s+we\s+are\s+(?:looking|seeking)\b`, 'u'),
];
/** Is this the broker/portal itself rather than the hiring organisation? */
export function isBroker(name: string, ctx: BrokerContext): boolean {
  const n = fold(name);
  if (!n) return true;
  if (KNOWN_BROKERS.test(n)) return true;
  // A public body named on its own "werken bij" site is the client, not a broker.
  if (ORGANISATION.test(name) && fold(ctx.siteName ?? '') !== n) return false;
  const own = [ctx.siteName, ctx.host?.replace(/^www\./, '').split('.').slice(-2, -1)[0]]
    .filter((s): s is string => Boolean(s))
    .map(fold);
  return own.some((o) => o.length >= 3 && (n.includes(o) || o.includes(n) || n.replace(/\s/g, '').includes(o.replace(/\s/g, ''))));
}

/** Tidy a client name: no "Logo van", no trailing punctuation, "gemeente X" → "Gemeente X". */
export function cleanClient(raw: string): string {
  const s = squash(raw)
    .replace(/^(?:logo\s+(?:van\s+)?|afbeelding\s+(?:van\s+)?)/i, '')
    .replace(/\s+logo$/i, '')
    .replace(/[.,:;]+$/, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Does a short line look like the name of an organisation? */
export function looksLikeOrganisation(text: string): boolean {
  const t = squash(text);
  if (t.length < 2 || t.length > 80 || /[.!?:]$/.test(t) || /\d{2}/.test(t)) return false;
  return ORGANISATION.test(t) || /^[A-Z]{2,6}$/.test(t);
}

/** A client named in a sentence, or null. */
export function clientFromProse(sentence: string): string | null {
  for (const [i, re] of PROSE_PATTERNS.entries()) {
    const m = re.exec(sentence);
    // "de gemeenteraad van Zwijndrecht" names the municipality.
    if (m) return i === 0 ? `Gemeente ${m[1]}` : cleanClient(m[1]);
  }
  return null;
}

const ORG_NAME_AT_START = new RegExp(
  String.raw`^(?:De\s+|Het\s+)?((?:${ORG_WORD}|GGD|Rijkswaterstaat|Belastingdienst|UWV|Politie)(?:\s+(?:[A-Z0-9][\p{L}0-9&'’.\-]*|van|voor|en|de|der|den|het)){0,6})`,
  'u',
);

/** The organisation a line starts with: "Waterschap Rivierenland geplaatst op 02-12-2025" → "Waterschap Rivierenland". */
export function organisationAtStart(text: string): string | null {
  const m = ORG_NAME_AT_START.exec(squash(text));
  if (!m) return null;
  const name = m[1].replace(/\s+(?:van|voor|en|de|der|den|het)$/i, '');
  return name.split(/\s+/).length >= 2 || /^[A-Z]{2,}$/.test(name) ? cleanClient(name) : null;
}

/** "Logo van Gemeente Arnhem": the alt texts of the posting's own images (read-page.ts leaves out the site's logo). */
export function clientFromLogos(imageAlts: readonly string[]): { name: string; snippet: string } | null {
  for (const alt of imageAlts) {
    const m = /^(?:logo\s+(?:van\s+)?(.+)|(.+?)\s+logo)$/i.exec(alt);
    if (m) return { name: cleanClient(m[1] ?? m[2]), snippet: alt };
  }
  return null;
}
