/**
 * Brokers, portals and agencies that publish other organisations' assignments. Their name
 * is never the client, and "Over <broker>" blocks are noise. Entries in the phrase
 * language of phrases.ts, matched as words in the folded name.
 */
export const BROKERS = [
  'striive',
  'flextender',
  'inhuurdesk',
  'bij oranje', 'bijoranje',
  'gemeenteprojecten',
  'opdracht overheid', 'opdrachtoverheid',
  'publieke partner', 'publiekepartner', // de Publieke Partner
  'myler',
  'yacht',
  'randstad~', // "Randstad Freelance" as JSON-LD hiringOrganization on Jobbird
  'jong ko', 'jongenko', 'jong en ko', // Jong & Ko (fold() drops a lone "&")
  'matchd',
  'jobbird',
  'liblab',
  '1up', '1 up',
  'recrewters',
  'headfirst',
  'hinttech',
  'between',
  'circle8',
  'interim netwerk', 'interimnetwerk',
  'freelance.nl', 'freelancer.nl',
  'hoofdkraan',
  'werk.nl',
  'harvey nash', // JSON-LD hiringOrganization "Harvey Nash NL" for "onze eindklant Politie"
  'hays',
  'brunel',
  'bluetrail',
  'flinter',
  'indeed',
  'nationale vacaturebank',
  'linkedin',
  'werkzoeken.nl',
  'undutchables',
  'olympia',
  'tempo-team', 'tempo team',
  'adecco',
  'manpower~',
  'michael page', 'page personnel',
  'robert half',
  'magnit', // managed-service provider behind many government tenders
  'stafflink',
  'prolinker',
  'zzp-opdrachten', 'zzp opdrachten',
];

/**
 * Words that mark an intermediary in an organisation's name, for the brokers nobody listed
 * ("Flexpool Zuid Freelance", "Amstel Talent Partners", "Northbridge Contracting" as JSON-LD
 * hiringOrganization on job boards).
 */
export const BROKER_WORDS = [
  'freelance', 'freelancers', 'interim', 'interimmanagement', 'detachering', 'detacheerder', 'recruitment', 'recruiters',
  'talent', 'talents', 'staffing', 'uitzendbureau', 'uitzenden', 'werving', 'jobs', 'vacatures', 'flex', 'flexpool',
  'contracting', 'contractors', 'professionals', 'bemiddeling', 'inhuur', 'inhuurdesk', 'personeelsdiensten',
];
