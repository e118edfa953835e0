/**
 * Label vocabulary: which words on a page announce which fact. Labels are matched
 * after `fold()` (lower case, no accents, punctuation as spaces, no trailing colon),
 * against the whole label, so "Tarief" matches but a sentence containing "tarief" does not.
 * Dutch and English, from the portals in docs/posting-formats.md and beyond.
 */
import { fold } from '../parse/text';

export type LabelField =
  | 'title'
  | 'client'
  | 'location'
  | 'region'
  | 'rate'
  | 'hours'
  | 'deadline'
  | 'deadlineTime'
  | 'posted'
  | 'start'
  | 'end'
  | 'duration'
  | 'extension'
  | 'reference';


const LABELS: [LabelField, RegExp][] = [
  ['deadlineTime', /^(?:eindtijd|sluitingstijd|tijdstip sluiting|uiterste tijd|deadline tijd|closing time|end time|tijd)$/],
  [
    'deadline',
    new RegExp(
      '^(?:' +
        [
          // Any qualifier: "Sluitingstermijn inschrijving", "Sluitingsdatum opdrachtgever" (question deadlines are excluded below).
          'sluitings?(?:datum|termijn)(?: [a-z][a-z ]{0,29})?', 'sluitdatum', 'sluiting', 'sluit(?: op)?', 'sluit de inschrijving',
          'datum sluiting', 'de opdracht sluit',
          'reageren(?: kan)? (?:voor|tot(?: en met)?|uiterlijk|t m)', 'reageer (?:voor|uiterlijk|tot)', 'reactie(?:datum|termijn)',
          'uiterlijk reageren', 'uiterste (?:reactie|inschrijf|aanbied|offerte)?datum(?: [a-z][a-z ]{0,29})?', 'uiterlijke reactiedatum',
          'deadline(?: [a-z][a-z ]{0,29})?', 'einde inschrijf(?:datum|termijn|periode)', 'inschrijven (?:tot|voor)', 'inschrijftermijn',
          'sollicitatie ?deadline', 'solliciteren (?:tot|voor|kan tot)', 'verloopt(?: op)?', 'vervaldatum',
          'aanbieden (?:tot|voor|uiterlijk)', 'offerte (?:indienen )?(?:tot|voor|uiterlijk)', 'indienen (?:tot|voor|uiterlijk)',
          'closing date', 'closes(?: on)?', 'deadline for applications', 'application (?:deadline|ends|closes|closing date)',
          'apply (?:before|by)', 'respond (?:before|by)', 'valid (?:through|until)', 'geldig tot',
        ].join('|') +
        ')$',
    ),
  ],
  [
    'posted',
    /^(?:geplaatst(?: op)?|gepubliceerd(?: op)?|publicatie ?datum|datum (?:plaatsing|publicatie)|plaatsingsdatum|online sinds|datum aanvraag|aanvraagdatum|posted(?: on)?|published(?: on)?|date posted|publication date)$/,
  ],
  [
    'start',
    /^(?:start(?:datum)?(?: opdracht)?|(?:gewenste |verwachte |beoogde )?start ?datum|startdatum opdracht|begin ?datum|begint(?: op)?|aanvang(?:sdatum)?(?: opdracht)?|ingangsdatum|datum (?:start|aanvang)|per|start date|starting date|start of assignment|beschikbaar per)$/,
  ],
  ['end', /^(?:eind ?datum(?: opdracht)?|datum einde|einde(?: opdracht)?|end ?date|until|tot|afloop)$/],
  [
    'duration',
    /^(?:duur(?: van de opdracht| opdracht| inzet)?|looptijd(?: opdracht| van de opdracht)?|periode|contract(?:duur|periode)|opdracht(?:duur|periode)|inzetperiode|duration(?: of (?:the )?assignment)?|contract (?:duration|length)|period|term)$/,
  ],
  [
    'extension',
    /^(?:opties? (?:tot |op )?verlenging|verlenging(?:sopties?|smogelijkheden?|smogelijkheid)?|mogelijkheid tot verlenging|verlengingsoptie|extension(?: options?)?|option to extend)$/,
  ],
  [
    'rate',
    /^(?:(?:max(?:imaal|imum|imale)?\.? )?(?:uur)?tarief(?: (?:zzp|(?:ex|in)cl(?:usief)?\.? (?:btw|vat)|per uur|indicatie|opdracht|max(?:imaal|imum)?|in euro|€))*|opdracht ?tarief|(?:max(?:imum)? )?(?:hourly )?rate(?: (?:excl\.? vat|per hour|€))?|budget per uur|vergoeding per uur|uurprijs|prijs per uur)$/,
  ],
  [
    'hours',
    /^(?:uren(?: per week| p ?w| week)?|uur (?:per )?week|uur p ?w|aantal (?:uur|uren)(?: per week)?|omvang(?: opdracht)?|inzet(?: per week| uren)?|tijdsbesteding|werkuren|hours(?: per week| week)?|working hours|opdracht uren|uren opdracht)$/,
  ],
  [
    'reference',
    /^(?:aanvraag ?nummer|aanvraag ?(?:id|nr)|referentie(?: ?nummer| ?nr)?|ref(?:erence)?(?: ?(?:no|nr|number|id))?|project ?(?:id|nummer|nr)|opdracht ?(?:nummer|nr|id)|vacature ?(?:nummer|nr|id)|kenmerk|job ?(?:id|number)|id)$/,
  ],
  [
    'client',
    /^(?:opdrachtgever|organisatie|klant|bedrijfsgegevens|bedrijf|werkgever|instantie|inkopende (?:organisatie|partij)|aanbestedende dienst|company|client|employer|hiring organi[sz]ation|organi[sz]ation|overheidsorganisatie)$/,
  ],
  [
    'location',
    /^(?:locatie|plaats|standplaats|werklocatie|werkplek|stad|plaats van uitvoering|vestiging|location|city|werkplaats|place of work|adres)$/,
  ],
  ['region', /^(?:regio|provincie|region|province|werkgebied)$/],
  ['title', /^(?:functie(?:titel| ?naam)?|opdracht(?:titel|naam)?|job ?title|position|rol|role|titel)$/],
];

const verdicts = new Map<string, LabelField | null>();

/** The field a label announces, or null. Memoised: a page asks about the same short texts often. */
export function labelField(label: string): LabelField | null {
  if (label.length > 80) return null;
  let field = verdicts.get(label);
  if (field === undefined) {
    field = matchLabel(label);
    if (verdicts.size > 5000) verdicts.clear();
    verdicts.set(label, field);
  }
  return field;
}

/** Deadlines that are not for applying: questions, the Nota van inlichtingen, interviews. */
const OTHER_DEADLINE = /vragen|question|inlichting|\bnvi\b|informatie|gesprek|interview|presentatie/;

function matchLabel(label: string): LabelField | null {
  // "Uren/week", "t/m", "p/w": slashes separate words in labels.
  const t = fold(label).replace(/\//g, ' ').replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > 50) return null;
  for (const [field, re] of LABELS) {
    if (re.test(t)) return (field === 'deadline' || field === 'deadlineTime') && OTHER_DEADLINE.test(t) ? null : field;
  }
  return null;
}

const GLUED_LABELS = [
  'Opdracht tarief', 'Opdracht uren', 'Uurtarief', 'Tarief', 'Uren per week', 'Uren/week', 'Aantal uur', 'Begindatum',
  'Einddatum', 'Startdatum', 'Publicatiedatum', 'Sluitingsdatum', 'Locatie', 'Plaats', 'Regio', 'Duur van de opdracht',
  'Duur', 'Looptijd', 'Aanvraagnummer', 'Referentie', 'Project ID', 'Opdrachtgever', 'Organisatie', 'Uren', 'Start',
  'Deadline', 'Geplaatst', 'Hours per week', 'Rate', 'Location', 'Start date', 'End date', 'Closing date', 'Reference',
  'Duration',
];

/**
 * Label phrases as they are written on pages, for finding labels glued to values
 * ("Opdracht tarief 115Opdracht uren 32"). Capitalised, as UI labels are; longest first
 * so "Start date" wins over "Start".
 */
export const GLUED_LABEL = new RegExp(
  `(?:${GLUED_LABELS.sort((a, b) => b.length - a.length).join('|')})(?=\\s*:?\\s*\\S)`,
  'g',
);
