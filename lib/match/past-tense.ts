/**
 * CVs written in the past tense split a separable verb around its object: "Stelde het
 * Informatieplan Sociaal Domein op", "Zette het programma op en stuurde het aan", "Richtte
 * het berichtenverkeer in". Requirements ask for the doing ("het opstellen van een
 * informatieplan"), which the matcher reads off a participle ("opgesteld"): each such verb
 * with its particle later in the clause is written out as that participle too.
 */

/** Past forms (singular and plural) and the participle of the verbs CVs use most, without their particle. */
const PAST: Record<string, string> = {
  stelde: 'gesteld', stelden: 'gesteld',
  zette: 'gezet', zetten: 'gezet',
  richtte: 'gericht', richtten: 'gericht',
  voerde: 'gevoerd', voerden: 'gevoerd',
  stuurde: 'gestuurd', stuurden: 'gestuurd',
  werkte: 'gewerkt', werkten: 'gewerkt',
  legde: 'gelegd', legden: 'gelegd',
  bracht: 'gebracht', brachten: 'gebracht',
  gaf: 'gegeven', gaven: 'gegeven',
  nam: 'genomen', namen: 'genomen',
  droeg: 'gedragen', droegen: 'gedragen',
  schreef: 'geschreven', schreven: 'geschreven',
  zag: 'gezien', zagen: 'gezien',
  rolde: 'gerold', rolden: 'gerold',
  hield: 'gehouden', hielden: 'gehouden',
};

const PARTICLES = 'op|in|uit|aan|af|mee|door|bij|vast|neer|deel|toe|samen|over|vorm|leiding';
/** A past form, then within the clause (no full stop, semicolon or " en " with a new verb) its particle. */
const SPLIT_VERB = new RegExp(`\\b(${Object.keys(PAST).join('|')})\\b([^.;:]{0,120}?)\\s(${PARTICLES})(?=[\\s,.;:)]|$)`, 'gi');

/** The participles of the split verbs in a line ("opgesteld" for "Stelde het plan op"), to add to its words; '' when none. */
export function splitVerbParticiples(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(SPLIT_VERB)) {
    const particle = m[3].toLowerCase();
    out.push(`${particle}${PAST[m[1].toLowerCase()]}`);
  }
  return out.join(' ');
}
