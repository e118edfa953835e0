/**
 * Section headings: the words that open a requirement section, say which kind it is, or
 * end it. Matched as words anywhere in the folded heading (phrases.ts); `~` takes the rest
 * of a compound ("functie-eisen", "gunningscriteria"). A comment names the kind of page
 * that needed an entry where it is not obvious.
 */

/** Eisen: knock-out criteria. */
export const KNOCKOUT_HEADINGS = [
  '~eisen', // "Eisen", "Functie-eisen", "Minimumeisen", Harvey Nash "Werkervaring en kennis: (eisen)"
  'eis',
  'vereisten',
  'vereist',
  'knock~', // "Knock-out criteria", "Knockoutcriteria"
  'k.o', 'ko', 'k o criteria',
  'must~', // "Must-haves", "Must have"
  'requirement~',
  'required',
  'harde criteria',
  'uitsluitingscriteri~',
];

/** Wensen: scored wishes. */
export const WISH_HEADINGS = [
  '~wensen',
  'wens',
  'gunning~', // "Gunningscriteria"; never "vergunningverlening" (whole words only)
  'selectiecriteri~',
  'beoordelingscriteri~',
  'kwaliteitscriteri~', // a tender portal: "Kwaliteitscriteria" (KC1, KC2) beside "Minimumeisen"
  'gunningsaspect~',
  "pre's", 'pres', 'pre',
  'pluspunt~',
  'nice~', // "Nice to have", "Nice-to-haves"
  'should have~', 'could have~', 'should-have~', 'could-have~', // MoSCoW: "Should have", "Could-haves" (the "Must have" are eisen)
  'wishes', 'wish',
  'assets', 'advantageous', 'an advantage', 'would be an advantage', // EU agencies: "Assets" are the scored extras
  'preferred',
  'preferences',
  'bonus',
  'strekt tot aanbeveling',
];

/** A profile without eis/wens words: its items are checklist points of kind "other". */
export const PROFILE_HEADINGS = [
  'wie zoeken {we|wij}',
  'wat vragen {we|wij}',
  'wat breng je mee',
  'wat neem je mee',
  'dit {neem|breng} {je|jij} mee', // a werken-bij page: "Dit neem je mee"
  'wat {je|jij} meebrengt',
  'dit vragen {we|wij}',
  'wat verwachten {we|wij}',
  '{wij|we} vragen',
  'wat {we|wij} vragen',
  'profiel',
  'functieprofiel',
  '{jouw|je} profiel',
  'profielschets',
  'gevraagd profiel',
  'wie ben {jij|je}', // Flinter: "Wie ben jij?"
  'wat heb je nodig',
  'kennis en ervaring',
  'who are you',
  'your profile',
  'what you bring',
  'what we ask',
  "what {we're|we are} looking for",
  'candidate profile',
  'ideal candidate',
];

/**
 * Competencies (soft skills): checklist points of kind "other" only on a page without
 * explicit eisen or wensen. Next to them they are not requirements (Harvey Nash, BlueTrail:
 * "Competenties: Analytisch, Overtuigingskracht …" after the eisen and wensen).
 */
export const COMPETENCY_HEADINGS = [
  'competenties', 'competentie', '~competenties', // "Kerncompetenties", "Gedragscompetenties"
  'persoonlijke eigenschappen',
  'eigenschappen',
  'soft skills',
  'competencies',
  'competences',
];

/**
 * Headings that end any requirement section: the application process, the offer, the
 * organisation, practical details (Flinter: "Praktische zaken: Startdatum z.s.m., 36 uur p/w"
 * are facts, not requirements). Matched at the start of the heading.
 */
export const END_HEADINGS = [
  'interesse', 'geinteresseerd', 'reageren', 'reageer', 'solliciteren', 'solliciteer', 'aanmelden',
  'procedure', 'selectieprocedure', 'planning', 'contact', 'over ons', 'over de organisatie',
  'over [de] opdrachtgever', 'organisatie', 'meer informatie', 'wat bieden {we|wij}', 'wat wij bieden', '{wij|we} bieden',
  'ons aanbod', 'arbeidsvoorwaarden', 'what we offer', 'how to apply', 'zo werkt', 'hoe werkt', 'werkzaamheden', 'taken',
  'de opdracht', 'opdrachtomschrijving', 'omschrijving', 'functieomschrijving', 'resultaat', 'achtergrond',
  'extra informatie', 'aanvullende informatie', 'bijlagen', 'documenten', 'vragen', 'overige informatie', 'toelichting',
  'praktische zaken', 'praktische informatie', 'praktisch', 'in het kort', 'kenmerken', 'details', 'opdrachtgegevens',
  'werkdagen', // Bij Oranje's JSON-LD text: "Werkdagen", "Is hybride werken mogelijk", "Planning"
  'is hybride werken mogelijk',
  'verder ontvangen {wij|we} graag', // Harvey Nash: what to send with the offer, not requirements
  'graag ontvangen {wij|we}',
  'bij {je|uw} reactie',
  'dienstverband', 'soort dienstverband', 'type vacature', 'contractvorm', // job boards' facts after the body (Jobbird)
  'about us', 'about the {client|organisation|organization|company}',
  'practical information', 'practical details', 'in short', 'at a glance', 'key information', 'key facts', 'the assignment', 'about the {role|assignment|position}',
];

/** Practical-details headings: their short items are facts ("36 uur p/w"), read as chips. */
export const PRACTICAL_HEADINGS = [
  'praktische zaken', '[de] {opdracht|vacature} in het kort', 'in een oogopslag', 'kerngegevens', 'praktische informatie', 'praktisch', 'in het kort', 'kenmerken', 'details', 'opdrachtgegevens',
  'wat bieden {we|wij}', 'wat wij bieden', '{wij|we} bieden', 'ons aanbod', 'arbeidsvoorwaarden', 'what we offer',
  'voorwaarden',
  'practical information', 'practical details', 'in short', 'at a glance', 'key information', 'key facts',
];
