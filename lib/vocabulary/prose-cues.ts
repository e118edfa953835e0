/**
 * Words that introduce a fact in a sentence, per field: "De opdracht sluit 04-09-2025",
 * "start op 5 januari", "loopt tot en met 31 december", "voor gemiddeld 24 uur". Phrase
 * language of phrases.ts, matched in the sentence without regard to case or accents; `#`
 * stands for a number. The fact is read from the cue on, so the right date is taken.
 */
import type { LabelField } from '../extract/labels';

export const PROSE_CUES: Partial<Record<LabelField, readonly string[]>> = {
  deadline: [
    '[de] {opdracht|aanvraag|inschrijving|vacature} sluit', // Bij Oranje: "De opdracht sluit 04-09-2025"
    'sluitingsdatum',
    'sluit op',
    'sluit {over|morgen|vandaag|overmorgen}', // Opdracht Overheid: "Sluit over 4 dagen"
    'reageren [kan] {tot|voor|t/m|uiterlijk}',
    'reageer {voor|uiterlijk|tot}',
    '[je] {hebt|heeft} nog', // "Je hebt nog 10 dagen om te reageren"
    'inschrijven [kan] {tot|voor}',
    'solliciteren [kan] {tot|voor}',
    'deadline',
    'closing date',
    '{application|applications} close',
    'apply {before|by}',
  ],
  posted: ['geplaatst', 'gepubliceerd', 'published', 'posted'],
  start: [
    '{start|startdatum|starten|startten|start} [{op|per|in|vanaf|is}]',
    'begint [op]',
    '{loopt|lopen} van', // Bij Oranje: "De opdracht … loopt van 2 november 2026 tot en met 30 april 2027"
    'aanvang',
    'ingangsdatum',
    'met ingang van', // a broker's sentence: "zoeken wij met ingang van 11 januari 2027 een …"
    'vanaf',
    'per #', // "per 1 januari 2027"
    'per direct',
    'starting',
    'start date',
    '{commence|commences}',
  ],
  end: [
    'loopt {tot|tot en met|t/m|door tot}',
    'tot en met',
    't/m',
    'einddatum',
    'eindigt [op]',
    'opdracht tot', // Gemeenteprojecten: "Opdracht tot 1-7 voor gemiddeld 24 uur"
    'until',
    '{end|ends} on',
  ],
  duration: [
    '[de] [gehele] [maximale] looptijd',
    'voor [een] {periode|duur} van',
    '[de] duur van',
    '[de] duur {is|bedraagt}', // Jobbird: "De duur is 9 maanden, met optie tot verlenging …"
    'periode van',
    'for a period of',
    'for # months',
    'duration',
    'tijdelijke {functie|aanstelling|opdracht|baan|inzet|rol} {voor|van}', // werken-bij sites: "een tijdelijke functie voor 12 maanden"
    '{aanstelling|dienstverband|contract} {voor|van}', // "Een tijdelijk dienstverband van 12 maanden"
    '[de] opdracht duurt',
    '{loopt|duurt} #', // "… start op 1 november 2026 en loopt 6 maanden"
  ],
  extension: ['{optie|mogelijkheid|uitzicht|kans} {tot|op} verlenging', 'verlengingsoptie', 'option to extend', 'verlengd'],
  hours: [
    '# {uur|uren|hours|hrs}',
    '# {-|tot} # {uur|uren|hours|hrs}',
    'gemiddeld #',
    '{een|twee|drie|vier|vijf|#} dagen per week',
  ],
};
