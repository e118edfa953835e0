/**
 * Heading words that open a requirement section, and the words that end one.
 * A heading with both eis and wens words ("Eisen en wensen") is mixed: its items are
 * classified by their own code ("E1", "W2", "Eis 3").
 */
import { fold } from '../parse/text';
import type { RequirementKind } from '../posting';

export type SectionKind = RequirementKind | 'mixed';

const KNOCKOUT =
  /eisen\b|\beis\b|vereisten|\bvereist\b|knock ?-?outs?|\bk\.?o\.?\b|k o criteria|must ?-?haves?|requirements?|\brequired\b|minimum ?eisen|harde criteria|geschiktheidseisen|uitsluitingscriteria/;
const WISH =
  /wensen\b|\bwens\b|\bgunning|\bselectiecriteri|\bbeoordelingscriteri|\bpre'?s\b|\bpres\b|\bpluspunt|nice ?-?to ?-?haves?|\bwishes\b|\bwish\b|\bpreferred\b|\bpreferences\b|\bbonus\b|strekt tot aanbeveling/;
const OTHER =
  /wie zoeken (?:we|wij)|wat vragen (?:we|wij)|wat breng je mee|wat neem je mee|wat verwachten (?:we|wij)|wij vragen|wat we vragen|wat wij vragen|^profiel|functieprofiel|jouw profiel|je profiel|profielschets|gevraagd profiel|competenties|wie ben (?:jij|je)|wat heb je nodig|kennis en ervaring|who are you|your profile|what you bring|what we ask|what we(?:'re| are) looking for|candidate profile|ideal candidate/;
/** Headings that end any requirement section. */
const STOP =
  /^(?:interesse|geinteresseerd|reageren|reageer|solliciteren|solliciteer|aanmelden|procedure|selectieprocedure|planning|contact|over ons|over de organisatie|over (?:de )?opdrachtgever|organisatie|meer informatie|wat bieden (?:we|wij)|wat wij bieden|arbeidsvoorwaarden|what we offer|how to apply|zo werkt|hoe werkt|werkzaamheden|taken|de opdracht|opdrachtomschrijving|omschrijving|functieomschrijving|resultaat|achtergrond|extra informatie|aanvullende informatie|bijlagen|documenten|vragen|overige informatie|toelichting)\b/;

/** The kind of requirement section a heading opens, or null when it is not one. */
export function sectionKind(heading: string): SectionKind | null {
  const t = fold(heading).replace(/\//g, ' ');
  if (t.length === 0 || t.length > 70 || t.split(' ').length > 9) return null;
  const ko = KNOCKOUT.test(t);
  const wish = WISH.test(t);
  if (ko && wish) return 'mixed';
  if (ko) return 'knockout';
  if (wish) return 'wish';
  if (OTHER.test(t)) return 'other';
  return null;
}

/** Does this line end a requirement section (a new topic, the application process)? */
export function endsSection(text: string): boolean {
  const t = fold(text);
  return STOP.test(t) || (t.length <= 60 && /\?$/.test(text.trim()));
}

/** Kind hinted by an item code: K/E/M → knock-out, W/G → wish; "Eis 3", "Wens 2" likewise. */
export function kindFromCode(code: string): RequirementKind | null {
  const c = code.toUpperCase();
  if (/^(?:K|E|M|KO|EIS)\b|^(?:K|E|M|KO)\d/.test(c)) return 'knockout';
  if (/^(?:W|G|S|WENS|GC)\b|^(?:W|G|GC)\d/.test(c)) return 'wish';
  return null;
}
