/**
 * Which kind of requirement section a heading opens, and which headings end one. The words
 * are data (vocabulary/section-headings.ts). A heading with both eis and wens words
 * ("Eisen en wensen") is mixed: its items are classified by their own code ("E1", "W2").
 */
import { fold } from '../parse/text';
import type { RequirementKind } from '../posting';
import { anyPhrase, leadingPhrase } from '../vocabulary/phrases';
import {
  COMPETENCY_HEADINGS, END_HEADINGS, KNOCKOUT_HEADINGS, PRACTICAL_HEADINGS, PROFILE_HEADINGS, WISH_HEADINGS,
} from '../vocabulary/section-headings';

/** 'competency': a soft-skills list, a checklist point only where the page has no eisen or wensen. */
export type SectionKind = RequirementKind | 'mixed' | 'competency';

const KNOCKOUT = anyPhrase(KNOCKOUT_HEADINGS);
const WISH = anyPhrase(WISH_HEADINGS);
const PROFILE = anyPhrase(PROFILE_HEADINGS);
const COMPETENCY = anyPhrase(COMPETENCY_HEADINGS);
const END = leadingPhrase(END_HEADINGS);
const PRACTICAL = leadingPhrase(PRACTICAL_HEADINGS);

function folded(heading: string): string {
  return fold(heading).replace(/\//g, ' ');
}

/** A heading's own numbering: "5. Procedure", "3.2 Selectiecriteria", "B. Planning". */
const NUMBERING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-h]\.)\s+/;

/** The award itself, a date in a tender's procedure, not its criteria: "Voorlopige gunning", "Gunningsbeslissing". */
const AWARD_DATE = /^(?:voorlopige|definitieve|beoogde|verwachte)\s+gunning|^gunningsbeslissing|^datum\s+(?:van\s+)?gunning/;

/** The kind of requirement section a heading opens, or null when it is not one. */
export function sectionKind(heading: string): SectionKind | null {
  // "Eisen (knock-out; voldoet de kandidaat niet, dan wordt de aanbieding terzijde gelegd)": the
  // heading is its name, the note in brackets explains it.
  const named = heading.length > 40 ? heading.replace(/\s*\([^)]{12,}\)?\s*$/, '') : heading;
  const t = folded(named.length >= 3 ? named : heading);
  if (t.length === 0 || t.length > 70 || t.split(' ').length > 9 || AWARD_DATE.test(t.replace(NUMBERING, ''))) return null;
  const ko = KNOCKOUT.test(t);
  const wish = WISH.test(t);
  if (ko && wish) return 'mixed';
  // "Functie-eisen / Competenties": the person's qualities, eisen only where the page has no others.
  if (ko && COMPETENCY.test(t)) return 'competency';
  if (ko) return 'knockout';
  if (wish) return 'wish';
  if (PROFILE.test(t)) return 'other';
  if (COMPETENCY.test(t)) return 'competency';
  return null;
}

/** Does this line end a requirement section (a new topic, the application process)? */
export function endsSection(text: string): boolean {
  return END.test(folded(text).replace(NUMBERING, '')) || (text.length <= 60 && (/\?$/.test(text.trim()) || ABOUT_A_NAME.test(text.trim())));
}

/** "Over Randstad Freelance", "About Yacht": a block about an organisation, never a sub-heading of the eisen ("over jou" is lower case). */
const ABOUT_A_NAME = /^(?:[Oo]ver|[Aa]bout)\s+(?:de\s+|het\s+|the\s+)?\p{Lu}/u;

/** Does this heading open a practical-details list ("Praktische zaken", "In het kort")? */
export function isPracticalHeading(text: string): boolean {
  return text.length <= 60 && PRACTICAL.test(folded(text).replace(NUMBERING, ''));
}

/** Kind hinted by an item code: K/E/M → knock-out, W/G → wish; "Eis 3", "Wens 2" likewise. */
export function kindFromCode(code: string): RequirementKind | null {
  const c = code.toUpperCase();
  if (/^(?:K|E|M|KO|EIS)\b|^(?:K|E|M|KO)\d/.test(c)) return 'knockout';
  if (/^(?:W|G|S|WENS|GC)\b|^(?:W|G|GC)\d/.test(c)) return 'wish';
  return null;
}
