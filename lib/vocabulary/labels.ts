/**
 * Labels: the words a page puts before a value to say which fact it is. One entry a line,
 * in the phrase language of phrases.ts, matched against the whole label after fold()
 * (lower case, no accents, "/" as a space, no trailing colon). A comment names the kind of
 * page that needed an entry where it is not obvious.
 */
import type { LabelField } from '../extract/labels';

export const LABELS: Record<LabelField, readonly string[]> = {
  deadlineTime: [
    'eindtijd', // Flextender: "Einde inschrijfdatum" and "Eindtijd" in two rows
    'sluitingstijd',
    'tijdstip sluiting',
    'uiterste tijd',
    'deadline tijd',
    'closing time',
    'end time',
    'tijd',
  ],
  deadline: [
    '{sluitingsdatum|sluitingstermijn|sluitdatum} …', // "Sluitingsdatum opdrachtgever", "Sluitingstermijn inschrijving"
    'sluiting',
    'sluit [op]',
    'sluit de inschrijving',
    'datum sluiting',
    'de opdracht sluit', // Bij Oranje
    'reageren [kan] {voor|tot|tot en met|t m|uiterlijk|uiterlijk tot}', // Striive "Reageren kan t/m"
    'reageer {voor|tot|uiterlijk}',
    '{reactiedatum|reactietermijn}',
    'uiterlijk reageren',
    'uiterste {datum|reactiedatum|inschrijfdatum|aanbieddatum|offertedatum} …', // tender brokers: "Uiterste datum indienen offerte"
    'uiterlijke reactiedatum',
    'deadline …', // Harvey Nash: "Deadline voor het voorstellen van kandidaten"
    'einde {inschrijfdatum|inschrijftermijn|inschrijfperiode}', // Flextender
    'inschrijven {tot|voor}',
    'inschrijftermijn',
    '{sollicitatie deadline|sollicitatiedeadline}', // Gemeenteprojecten, Yacht
    'solliciteren [kan] {tot|voor}',
    'verloopt [op]',
    'vervaldatum',
    'aanbieden {tot|voor|uiterlijk}',
    'offerte [indienen] {tot|voor|uiterlijk}',
    'indienen {tot|voor|uiterlijk}',
    'closing date',
    'closes [on]',
    'application {deadline|ends|closes|closing date}', // English-UI platforms: "Application ends: maart 4, 2026"
    'apply {before|by}',
    'respond {before|by}',
    'valid {through|until}',
    'geldig tot',
  ],
  posted: [
    'geplaatst [op]',
    'gepubliceerd [op]',
    '{publicatiedatum|publicatie datum}',
    'datum {plaatsing|publicatie}',
    'plaatsingsdatum',
    'online sinds',
    '{datum aanvraag|aanvraagdatum}',
    '{posted|published} [on]',
    '{date posted|publication date}',
  ],
  start: [
    '{start|startdatum|start datum} [opdracht]',
    '{gewenste|verwachte|beoogde} {startdatum|start datum|start}', // Harvey Nash: "Verwachte startdatum"
    '{begindatum|begin datum}', // Opdracht Overheid
    'begint [op]',
    '{aanvang|aanvangsdatum} [opdracht]',
    'ingangsdatum',
    'datum {start|aanvang}',
    'per',
    '{start date|starting date|start of assignment}',
    'beschikbaar per',
  ],
  end: ['{einddatum|eind datum} [opdracht]', 'datum einde', 'einde [opdracht]', '{end date|enddate}', 'until', 'tot', 'afloop'],
  duration: [
    'duur [{van de opdracht|opdracht|inzet}]',
    'looptijd [{opdracht|van de opdracht}]',
    'periode',
    '{contractduur|contractperiode|opdrachtduur|opdrachtperiode|inzetperiode}',
    'duration [of the assignment]',
    'duration of assignment',
    'contract {duration|length}',
    'period',
    'term',
  ],
  extension: [
    '{optie|opties} [{tot|op}] verlenging', // de Publieke Partner: "Optie tot verlenging"; Flextender "Opties verlenging"
    '{verlenging|verlengingsoptie|verlengingsopties|verlengingsmogelijkheid|verlengingsmogelijkheden}',
    'mogelijkheid tot verlenging',
    'extension [{option|options}]',
    'option to extend',
  ],
  rate: [
    '[{max|max.|maximaal|maximum|maximale}] {tarief|uurtarief}',
    '{tarief|uurtarief} {zzp|per uur|indicatie|opdracht|max|maximaal|maximum|in euro|€|all-in|all in}', // Gemeenteprojecten: "Tarief zzp"
    '[{max|max.|maximaal|maximum}] {tarief|uurtarief} [zzp] {excl. btw|excl btw|ex btw|exclusief btw|incl. btw|incl btw|inclusief btw|excl. vat|excl vat}',
    '{opdracht tarief|opdrachttarief}', // Opdracht Overheid: "Opdracht tarief 115"
    '[{max|maximum}] [hourly] rate [{excl. vat|per hour|€}]',
    '{budget|vergoeding|prijs} per uur',
    'uurprijs',
  ],
  hours: [
    'uren [{per week|p w|pw|week}]', // "Uren/week", "Uren p/w"
    'uur [per] week',
    'uur {p w|pw}',
    'aantal {uur|uren} [per week]', // Harvey Nash: "Aantal uren per week"
    'omvang [opdracht]',
    'inzet [{per week|uren}]',
    'tijdsbesteding', // Striive
    'werkuren',
    'hours [{per week|week}]',
    'working hours',
    '{opdracht uren|uren opdracht}', // Opdracht Overheid
  ],
  reference: [
    '{aanvraagnummer|aanvraag nummer|aanvraag id|aanvraag nr|aanvraagnr}', // Inhuurdesk, Flextender
    '{referentie|referentienummer|referentie nummer|referentienr|referentie nr|referentiecode|referentie code}', // Striive: "Referentiecode"
    '{ref|reference} [{no|nr|number|id}]',
    '{project id|projectid|project nummer|projectnummer|project nr|projectnr}', // Gemeenteprojecten: "Project ID"
    '{opdrachtnummer|opdracht nummer|opdracht nr|opdrachtnr|opdracht id}',
    '{vacaturenummer|vacature nummer|vacature nr|vacaturenr|vacature id}',
    'kenmerk',
    '{job id|jobid|job number|job ref|job reference}', // Harvey Nash: "Job Ref:"
    'id',
  ],
  client: [
    'opdrachtgever',
    'organisatie',
    'klant',
    'eindklant',
    'bedrijfsgegevens', // Inhuurdesk: the client under "Bedrijfsgegevens"
    'bedrijf',
    'werkgever',
    'instantie',
    'inkopende {organisatie|partij}',
    'aanbestedende dienst',
    'overheidsorganisatie',
    '{company|client|employer}',
    'hiring {organisation|organization}',
    '{organisation|organization}',
  ],
  location: [
    'locatie',
    'locatie van de werkzaamheden', // Harvey Nash
    'plaats [van uitvoering]',
    'standplaats',
    'werklocatie',
    'werkplek',
    'werkplaats',
    'stad',
    'vestiging',
    'adres',
    '{location|city|place of work}',
  ],
  region: ['regio', 'provincie', 'region', 'province', 'werkgebied'],
  title: [
    '{functie|functietitel|functienaam|functie naam}',
    '{opdracht|opdrachttitel|opdrachtnaam}',
    '{job title|jobtitle}',
    'position',
    '{rol|role}',
    'titel',
  ],
};

/**
 * The order labels are tried in: a time before a date ("Deadline tijd"), and a deadline
 * before a start ("Sluit de inschrijving" is not "Start").
 */
export const LABEL_ORDER: readonly LabelField[] = [
  'deadlineTime', 'deadline', 'posted', 'start', 'end', 'duration', 'extension', 'rate', 'hours', 'reference', 'client',
  'location', 'region', 'title',
];

/** Deadlines that are not for applying: questions, the Nota van inlichtingen, interviews. */
export const NOT_THE_CLOSING_DATE = [
  'vragen~', // "Deadline vragen", "Sluitingsdatum vragenronde"
  'question~',
  'inlichting~',
  'nvi',
  'informatie~',
  '~gesprek~', // "Deadline sollicitatiegesprekken"
  'interview~',
  'presentatie~',
  'intake~',
];

/**
 * Label phrases as pages write them, to find labels glued to their values ("Opdracht
 * tarief 115Opdracht uren 32", Opdracht Overheid). Capitalised, as UI labels are.
 */
export const GLUED_LABELS = [
  'Opdracht tarief', 'Opdracht uren', 'Uurtarief', 'Tarief', 'Uren per week', 'Uren/week', 'Aantal uur', 'Begindatum',
  'Einddatum', 'Startdatum', 'Publicatiedatum', 'Sluitingsdatum', 'Locatie', 'Plaats', 'Regio', 'Duur van de opdracht',
  'Duur', 'Looptijd', 'Aanvraagnummer', 'Referentie', 'Project ID', 'Opdrachtgever', 'Organisatie', 'Uren', 'Start',
  'Deadline', 'Geplaatst', 'Hours per week', 'Rate', 'Location', 'Start date', 'End date', 'Closing date', 'Reference',
  'Duration',
];
