/**
 * Labels of an experience entry written as a form, as many Dutch CV templates and broker
 * formats do ("Periode: jan 2022 – heden", "Opdrachtgever: Provincie Overijssel",
 * "Functie: Projectleider"), each field on a line of its own, in any order. Matched
 * against the folded label (lower case, no accents), in the phrase language of phrases.ts.
 */
export const CV_ENTRY_LABELS = {
  period: ['periode', 'period', 'looptijd', 'tijdvak', 'duur', 'datum', 'data', 'dates', 'jaar', 'jaren', 'van tot', 'van - tot'],
  role: [
    'functie', 'rol', 'functietitel', 'functienaam', 'positie', 'rol en functie', 'functie en rol', 'mijn rol', 'rol in project',
    'role', 'position', 'job title', 'title', 'my role',
  ],
  organisation: [
    'opdrachtgever', 'werkgever', '[eind]klant', 'organisatie', 'bedrijf', 'instantie', 'werkgever en opdrachtgever', 'werkgever/opdrachtgever',
    'client', 'employer', 'company', 'organisation', 'organization', 'customer',
  ],
  /** The assignment's name: the entry's role when no role is given. */
  assignment: ['opdracht', 'project', 'projectnaam', 'assignment', 'project name'],
} as const;

export type CvEntryField = keyof typeof CV_ENTRY_LABELS;

/**
 * Labels of an entry's other lines ("Omvang: 24 uur per week (vanaf maart 2022 8 uur)",
 * "Resultaat: … in 2023 vastgesteld"): a date in them is about the work, never a new entry.
 */
export const CV_ENTRY_DETAIL_LABELS = [
  'omvang', 'inzet', 'uren', 'uren per week', 'omschrijving', 'beschrijving', 'toelichting', 'resultaat', 'resultaten', 'werkzaamheden',
  'taken', 'verantwoordelijkheden', 'team', 'teamgrootte', 'budget', 'methoden', 'methodes', 'tools', 'referentie', 'referenties',
  'hours', 'scope', 'description', 'result', 'results', 'responsibilities', 'tasks', 'achievements', 'reference',
] as const;
