/**
 * Where the work is: a place label before a region label, then structured data, then a
 * place-name chip, then a sentence ("op ons kantoor … in Tiel"). Always the place, not
 * the address or building.
 */
import { squash } from '../parse/text';
import type { Fact } from './fact';
import type { PageLine } from './page-reading';
import type { StructuredFacts } from './structured-data';

/** `facts`: location facts then region facts, each list most trusted first. */
export function findLocation(facts: Fact[], structured: StructuredFacts, lines: PageLine[]): { value: string; snippet: string } | null {
  const labelled = facts.find((f) => f.tier <= 2 && f.value.length <= 80);
  if (labelled) return { value: cleanPlace(labelled.value), snippet: labelled.snippet };
  if (structured.location) return { value: cleanPlace(structured.location), snippet: `JSON-LD jobLocation: ${structured.location}` };
  const chip = facts.find((f) => f.tier === 3);
  if (chip) return { value: cleanPlace(chip.value), snippet: chip.snippet };
  return placeFromProse(lines);
}

/**
 * The place, not the address: "Zaandam (stadhuis, Stadserf 2)" → "Zaandam",
 * "Den Haag, Turfmarkt 147" → "Den Haag", "Gemeentehuis Ede" → "Ede".
 */
export function cleanPlace(raw: string): string {
  const parts = squash(raw.replace(/\([^)]*\)/g, ' '))
    .split(/\s*[,|·•]\s*|\s+[-–]\s+/)
    .map((p) => p.replace(/^(?:gemeentehuis|stadhuis|provinciehuis|stadskantoor|kantoor|hoofdkantoor|locatie|vestiging|gemeente)\s+/i, '').trim())
    .filter((p) => p && !/\d/.test(p));
  return (parts[0] ?? squash(raw)).replace(/[.,;]+$/, '');
}

const WORK_PLACE =
  /\b(?:standplaats|werklocatie|werkplek|kantoor|gevestigd|locatie|werk(?:t|en)?\s+(?:je\s+)?(?:vanuit|op))\b[^.]{0,60}?\bin\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)/u;

/** "… op ons kantoor aan De Blomboogerd in Tiel" → Tiel. */
function placeFromProse(lines: PageLine[]): { value: string; snippet: string } | null {
  for (const line of lines) {
    if (line.noise) continue;
    const m = WORK_PLACE.exec(line.text);
    if (m) return { value: m[1], snippet: line.text.slice(Math.max(0, m.index - 20), m.index + m[0].length) };
  }
  return null;
}
