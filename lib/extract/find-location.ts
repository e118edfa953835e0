/**
 * Places: the place, not the address or building ("Zaandam (stadhuis, Stadserf 2)" →
 * "Zaandam"), and a place named in a sentence ("op ons kantoor … in Tiel"). The order of
 * trust is in fields/location.ts.
 */
import { isPlaceName } from './places';
import { squash } from '../parse/text';
import type { PageLine } from './page-reading';

/**
 * The place, not the address: "Zaandam (stadhuis, Stadserf 2)" → "Zaandam",
 * "Den Haag, Turfmarkt 147" → "Den Haag", "Gemeentehuis Ede" → "Ede".
 */
export function cleanPlace(raw: string): string {
  const parts = squash(raw.replace(/\([^)]*\)/g, ' '))
    .split(/\s*[,|·•]\s*|\s+[-–]\s+/)
    .map((p) => p.replace(/^(?:gemeentehuis|stadhuis|provinciehuis|stadskantoor|kantoor|hoofdkantoor|locatie|vestiging|gemeente)\s+/i, '').trim())
    // "Provinciehuis, Veenhoven": the building on its own says no place.
    .filter((p) => p && !/\d/.test(p) && !/^(?:gemeentehuis|stadhuis|provinciehuis|stadskantoor|kantoor|hoofdkantoor|waterschapshuis|locatie|vestiging)$/i.test(p));
  // "Emmen en op locatie", "Den Haag en thuiswerken": the place, not what follows it.
  const place = (parts[0] ?? squash(raw)).replace(/\s+(?:en|of|and|or|\/)\s+\p{Ll}.*$/u, '').replace(/[.,;]+$/, '');
  return /\p{Ll}/u.test(place) ? place : titleCase(place);
}

/** "OIRSCHOT" → "Oirschot", "'S-HERTOGENBOSCH" → "'s-Hertogenbosch" (portals that shout). */
function titleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/^'S-/i, "'s-");
}

const WORK_PLACE =
  /\b(?:[Ss]tandplaats|[Ww]erklocatie|[Ww]erkplek|kantoor|gevestigd|[Ll]ocatie|werk(?:t|en)?\s+(?:je\s+)?(?:vanuit|op))\b[^.]{0,60}?\bin\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * "… op ons kantoor aan De Blomboogerd in Tiel" → Tiel; "Werklocatie is het waterschapshuis … in
 * Breda" → Breda. (A capital "Gevestigd in Deventer." or "Kantoor …" opens a broker's own address.)
 */
export function placeFromProse(lines: readonly PageLine[]): { value: string; snippet: string; line: number } | null {
  for (const [i, line] of lines.entries()) {
    if (line.noise) continue;
    const m = WORK_PLACE.exec(line.text);
    if (m) return { value: m[1], snippet: line.text.slice(Math.max(0, m.index - 20), m.index + m[0].length), line: i };
  }
  return null;
}

/** After a Dutch postcode: the place, up to a comma or the end ("1011 PN Amsterdam, Nederland"). */
const POSTAL_PLACE = /\b\d{4}\s?[A-Z]{2}\s+((?:'s-)?\p{Lu}[^,;|·•\d]{1,40}?)\s*(?:[,;|·•]|$)/u;
/** How far below the title a postal address still belongs to the posting (not the portal's footer). */
const ADDRESS_LINES = 6;

/**
 * The place of a postal address just below the posting's title ("Amstel 1, 1011 PN
 * Amsterdam, Nederland" → Amsterdam): portals print the client's visiting address there.
 * Only near the title: the portal's own address sits in the footer.
 */
export function placeFromAddress(lines: readonly PageLine[], titleLine: number): { value: string; snippet: string; line: number } | null {
  if (titleLine < 0) return null;
  for (let i = titleLine + 1; i < Math.min(lines.length, titleLine + 1 + ADDRESS_LINES); i++) {
    const line = lines[i];
    if (line.noise || line.text.length > 120) continue;
    const m = POSTAL_PLACE.exec(line.text);
    if (m) return { value: cleanPlace(m[1]), snippet: line.text, line: i };
  }
  return null;
}

/** A place named in a labelled value that is a sentence ("Het provinciehuis aan het Zuid-Hollandplein in Den Haag, hybride …"). */
export function placeInSentence(text: string): string | null {
  for (const m of text.matchAll(IN_PLACE)) if (isPlaceName(m[1])) return m[1];
  // "Stadskantoor Zwolle, Lübeckplein 2 (hybride, …)": the first word that is a place.
  for (const m of text.matchAll(CAPITALISED)) if (isPlaceName(m[0])) return m[0];
  return null;
}
const CAPITALISED = /(?:'s-)?\p{Lu}[\p{L}'’-]+(?:\s(?:aan|op|den|de)\s\p{Lu}[\p{L}'’-]+)?/gu;
const IN_PLACE = /\bin\s+((?:'s-)?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)/gu;
