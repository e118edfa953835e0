/**
 * The built-in bilingual synonym list for the public-sector vocabulary: each group is one
 * concept, written as Dutch and English terms (folded: lower case, no accents). A requirement
 * and a CV line that name the same concept in other words, or other languages, match.
 * `narrower` terms imply the concept but not the other way round: a CV that shows Wmo work
 * shows work in the sociaal domein; a requirement for Wmo is not met by "sociaal domein".
 * The user's own list (profile settings) is added to these.
 */
export interface SynonymGroup {
  id: string;
  terms: readonly string[];
  narrower?: readonly string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Roles
  { id: 'project-lead', terms: ['projectleider', 'projectmanager', 'project manager', 'project leader', 'projectleiding', 'project lead', 'projectmanagement', 'project management', 'projectcoordinator', 'project coordinator'] },
  { id: 'programme-lead', terms: ['programmamanager', 'programma manager', 'programme manager', 'program manager', 'programmaleider', 'programmamanagement', 'programme management', 'program management'] },
  { id: 'pmo', terms: ['pmo', 'pmo-er', 'project management officer', 'projectondersteuning', 'projectsecretaris', 'programmasecretaris', 'project support', 'project secretary', 'programme secretary', 'projectcontroller', 'project controller'] },
  { id: 'policy-adviser', terms: ['beleidsadviseur', 'beleidsmedewerker', 'policy adviser', 'policy advisor', 'policy officer', 'beleidsmaker'] },
  { id: 'information-manager', terms: ['informatiemanager', 'information manager', 'informatiemanagement', 'information management'] },
  { id: 'information-adviser', terms: ['informatieadviseur', 'information adviser', 'information advisor', 'informatiespecialist'] },
  { id: 'team-lead', terms: ['teamleider', 'teammanager', 'team lead', 'team leader', 'leidinggevende', 'leidinggeven', 'managing a team', 'line manager'] },
  { id: 'business-analyst', terms: ['business analist', 'business analyst', 'informatieanalist', 'functioneel analist'] },
  { id: 'architect', terms: ['architect', 'enterprise architect', 'informatiearchitect', 'architectuur', 'architecture'] },
  { id: 'scrum-master', terms: ['scrum master', 'scrummaster', 'agile coach'] },
  { id: 'interim', terms: ['interim', 'zelfstandig ondernemer', 'freelance', 'zzp', 'zzp-er', 'self-employed', 'independent consultant'] },
  { id: 'steering', terms: ['aansturen', 'aansturing', 'aangestuurd', 'leiding geven', 'leidinggeven', 'sturen', 'gestuurd', 'managed', 'managing', 'led', 'leading', 'directing'] },
  { id: 'adviser', terms: ['adviseur', 'adviser', 'advisor', 'consultant', 'advies', 'advice', 'adviseren', 'advising'] },
  // The firms a project hires for studies and designs: an engineering firm is an advisory firm too.
  { id: 'consultancy-firm', terms: ['adviesbureau', 'adviesbureaus', 'ingenieursbureau', 'ingenieursbureaus', 'consultancybureau', 'consultancybureaus', 'advisory firm', 'advisory firms', 'engineering firm', 'engineering firms', 'consultancy firm', 'consultancy firms'] },
  // Organisations
  { id: 'municipality', terms: ['gemeente', 'gemeenten', 'gemeentelijk', 'gemeentelijke', 'municipality', 'municipalities', 'municipal', 'city council', 'local authority', 'local authorities'] },
  { id: 'province', terms: ['provincie', 'provincies', 'provinciaal', 'provinciale', 'province', 'provincial'] },
  // The national executive agencies are the Rijk's uitvoeringsorganisaties: work there is work for central government.
  { id: 'central-government', terms: ['rijksoverheid', 'rijk', 'ministerie', 'ministeries', 'ministry', 'central government', 'national government', 'rijksdienst', 'uitvoeringsorganisatie'], narrower: ['belastingdienst', 'uwv', 'svb', 'duo', 'dienst uitvoering onderwijs', 'rijkswaterstaat', 'cjib', 'rvo', 'ind', 'dji', 'rdw', 'kadaster', 'nvwa', 'logius', 'cbs', 'tax administration'] },
  { id: 'government', terms: ['overheid', 'overheden', 'overheidsorganisatie', 'government', 'public sector', 'publieke sector', 'semi-overheid', 'public authority', 'decentrale overheid', 'decentrale overheden', 'lokale overheid', 'lokale overheden', 'local government', 'medeoverheden'], narrower: ['gemeente', 'provincie', 'ministerie', 'waterschap', 'rijkswaterstaat', 'municipality', 'province', 'ministry', 'rijksoverheid', 'belastingdienst', 'tax administration', 'uwv', 'svb', 'cjib', 'kadaster', 'rvo', 'politie', 'defensie', 'veiligheidsregio', 'ggd', 'omgevingsdienst', 'duo', 'dienst uitvoering onderwijs', 'ind', 'dji', 'rdw', 'nvwa', 'logius', 'cbs'] },
  { id: 'environment-agency', terms: ['omgevingsdienst', 'omgevingsdiensten', 'regionale uitvoeringsdienst', 'environmental service', 'environmental agency'] },
  { id: 'water-board', terms: ['waterschap', 'waterschappen', 'water board', 'water boards', 'hoogheemraadschap'] },
  // Domains
  { id: 'social-domain', terms: ['sociaal domein', 'social domain', 'sociale domein'], narrower: ['wmo', 'jeugdwet', 'jeugdzorg', 'jeugdhulp', 'participatiewet', 'wijkteam', 'wijkteams', 'schuldhulp', 'jeugd', 'zorg en welzijn', 'welzijn'] },
  { id: 'youth-care', terms: ['jeugdzorg', 'jeugdhulp', 'jeugd', 'youth care', 'youth services', 'jeugdwet', 'jeugddomein'] },
  { id: 'wmo', terms: ['wmo', 'wet maatschappelijke ondersteuning', 'maatschappelijke ondersteuning', 'social support act'] },
  { id: 'social-security', terms: ['sociale zekerheid', 'social security', 'social protection', 'werknemersverzekeringen'], narrower: ['ww', 'wia', 'wajong', 'ziektewet', 'aow', 'werkloosheidswet', 'uwv', 'svb'] },
  { id: 'customer-journey', terms: ['klantreis', 'klantreizen', 'customer journey', 'customer journeys', 'user journey', 'user journeys'] },
  { id: 'participation-act', terms: ['participatiewet', 'participation act', 'werk en inkomen', 'bijstand'] },
  { id: 'care', terms: ['zorg', 'care', 'healthcare', 'gezondheidszorg'], narrower: ['jeugdzorg', 'jeugdhulp', 'wmo', 'ouderenzorg', 'ggz'] },
  { id: 'physical-domain', terms: ['fysiek domein', 'fysieke domein', 'physical domain', 'ruimtelijk domein', 'ruimtelijke domein', 'fysieke leefomgeving'], narrower: ['omgevingswet', 'ruimtelijke ordening', 'bestemmingsplan', 'bestemmingsplannen', 'omgevingsplan', 'omgevingsvisie', 'gebiedsontwikkeling', 'stedenbouw', 'planologie', 'openbare ruimte', 'mobiliteit', 'woningbouw', 'vergunningverlening', 'klimaatadaptatie', 'waterbeheer', 'grondzaken', 'civiele techniek', 'infrastructuur', 'herinrichting', 'environment and planning act', 'spatial planning', 'urban planning'] },
  // The instruments made under the act are work under it, not each other: an omgevingsprogramma is no omgevingsplan.
  { id: 'environment-act', terms: ['omgevingswet', 'environment and planning act', 'environmental planning act'], narrower: ['omgevingsplan', 'omgevingsvisie', 'omgevingsprogramma', 'omgevingsvergunning', 'projectbesluit', 'dso', 'digitaal stelsel omgevingswet'] },
  { id: 'dso', terms: ['digitaal stelsel omgevingswet', 'dso', 'omgevingsloket'] },
  { id: 'spatial-planning', terms: ['ruimtelijke ordening', 'spatial planning', 'ruimtelijke', 'planologie', 'urban planning', 'ruimtelijk'] },
  { id: 'energy-transition', terms: ['energietransitie', 'energy transition', 'warmtetransitie', 'heat transition', 'regionale energiestrategie', 'res', 'regional energy strategy', 'energieregio', 'energy region', 'transitievisie warmte', 'wijkuitvoeringsplan', 'aardgasvrij', 'aardgasvrije wijken', 'warmtenet', 'warmtenetten'] },
  { id: 'permits', terms: ['vergunningverlening', 'vergunningen', 'permits', 'permitting', 'vth', 'toezicht en handhaving', 'licensing'] },
  { id: 'procurement', terms: ['inkoop', 'aanbesteding', 'aanbestedingen', 'aanbesteden', 'procurement', 'tendering', 'tender', 'contractering', 'contracting', 'contractmanagement', 'contract management', 'nevi'] },
  { id: 'information-security', terms: ['informatiebeveiliging', 'information security', 'bio', 'baseline informatiebeveiliging overheid', 'iso 27001', 'isms', 'cybersecurity', 'cyber security'] },
  { id: 'privacy', terms: ['privacy', 'avg', 'gdpr', 'gegevensbescherming', 'data protection', 'dpia', 'functionaris gegevensbescherming', 'data protection officer', 'fg'] },
  { id: 'agile', terms: ['agile', 'scrum', 'safe', 'kanban', 'wendbaar'] },
  { id: 'stakeholders', terms: ['stakeholdermanagement', 'stakeholder management', 'stakeholders', 'belanghebbenden', 'betrokkenen', 'ketenpartners', 'partners', 'partijen', 'parties', 'omgevingsmanagement'], narrower: ['aanbieders', 'zorgaanbieders', 'leveranciers', 'suppliers', 'providers', 'woningcorporaties', 'marktpartijen'] },
  { id: 'administrative', terms: ['bestuurlijk', 'bestuurlijke', 'politiek', 'politieke', 'politiek-bestuurlijk', 'politiek-bestuurlijke', 'bestuur', 'administrative', 'political', 'wethouder', 'college', 'gemeenteraad', 'gedeputeerde', 'alderman', 'council'], narrower: ['algemeen bestuur', 'dagelijks bestuur'] },
  { id: 'reporting', terms: ['rapportage', 'rapportages', 'rapporteren', 'voortgangsrapportage', 'voortgangsrapportages', 'reporting', 'reports', 'progress reports', 'verslaglegging'] },
  { id: 'meetings', terms: ['bijeenkomsten', 'bijeenkomst', 'werksessies', 'vergaderingen', 'stuurgroep', 'stuurgroepen', 'meetings', 'workshops', 'sessions', 'events'] },
  { id: 'implementation', terms: ['implementatie', 'implementeren', 'invoering', 'invoeren', 'ingevoerd', 'geimplementeerd', 'implementation', 'implementing', 'implemented', 'introduced', 'rollout', 'uitrol'] },
  { id: 'change', terms: ['verandermanagement', 'veranderproces', 'verandertraject', 'change management', 'transformatie', 'transformation', 'organisatieverandering', 'reorganisatie'] },
  { id: 'policy', terms: ['beleid', 'beleidsontwikkeling', 'beleidsvorming', 'policy', 'policies', 'policy development'] },
  { id: 'finance', terms: ['financien', 'financieel', 'financiele', 'budget', 'begroting', 'finance', 'financial', 'planning en control', 'p&c'] },
  { id: 'housing', terms: ['wonen', 'woningbouw', 'huisvesting', 'housing', 'volkshuisvesting', 'woningcorporatie', 'woningcorporaties', 'housing association', 'housing associations'] },
  { id: 'data', terms: ['data', 'datagedreven', 'data-driven', 'informatievoorziening', 'business intelligence', 'bi', 'power bi', 'dashboards'] },
  { id: 'participation', terms: ['participatie', 'participation', 'inwonersparticipatie', 'burgerparticipatie', 'public participation', 'community engagement'] },
  { id: 'education', terms: ['onderwijs', 'education', 'scholen', 'schools', 'school'] },
  { id: 'social-work', terms: ['sociaal werk', 'maatschappelijk werk', 'social work', 'mwd', 'sociaal agogisch', 'sociaal-agogisch'] },
  { id: 'sensitivity', terms: ['sensitief', 'sensitiviteit', 'sensitive', 'sensitivity', 'antenne', 'fingerspitzengefuhl'] },
  { id: 'open-government', terms: ['wet open overheid', 'woo', 'wob', 'open government act', 'freedom of information'], narrower: ['openbaarmaking', 'actieve openbaarmaking', 'active disclosure'] },
  { id: 'leadership', terms: ['leiderschap', 'leider', 'leadership', 'leader'] },
  { id: 'connecting', terms: ['verbinden', 'verbindend', 'verbinder', 'verbinding', 'samenbrengen', 'bring together', 'brings together', 'connecting', 'connector', 'bridge', 'bridging', 'overbruggen', 'bruggenbouwer', 'bruggenbouwers'] },
  { id: 'results', terms: ['resultaatgericht', 'resultaatgerichtheid', 'resultaten', 'results-driven', 'results driven', 'result-oriented', 'results'] },
  { id: 'agreements', terms: ['afspraken', 'prestatieafspraken', 'agreements', 'performance agreements', 'convenant', 'covenant'] },
  // Who leads a team has one.
  { id: 'team', terms: ['team', 'teams', 'programmateam', 'projectteam', 'medewerkers', 'staff', 'employees', 'programme team', 'project team'], narrower: ['teamleider', 'teammanager', 'team lead', 'team leader', 'leidinggevende'] },
  { id: 'heat', terms: ['warmte', 'warmtenet', 'warmtenetten', 'warmtesystemen', 'warmtesysteem', 'heat', 'heat network', 'heat networks', 'district heating'] },
  { id: 'grid', terms: ['netbeheerder', 'netbeheerders', 'grid operator', 'grid operators', 'netcongestie', 'grid congestion', 'elektriciteitsnet', 'power grid', 'grid'] },
  { id: 'energy', terms: ['energie', 'energy', 'duurzame energie', 'renewable energy', 'wind', 'zon', 'solar', 'zonneparken', 'windparken', 'solar parks', 'wind farms'] },
  { id: 'interests', terms: ['belangen', 'belang', 'interests'] },
  { id: 'ownership', terms: ['eigenaarschap', 'ownership', 'eigenaar'] },
  { id: 'infrastructure', terms: ['infrastructuur', 'infrastructure'] },
  { id: 'existing-buildings', terms: ['bestaande bouw', 'existing buildings', 'existing housing', 'existing homes', 'bestaande woningen'] },
  { id: 'collective', terms: ['collectief', 'collectieve', 'collective', 'gezamenlijk', 'gezamenlijke', 'shared', 'joint'] },
  { id: 'realise', terms: ['realisatie', 'realiseren', 'gerealiseerd', 'realised', 'realized', 'realising', 'delivered', 'delivery', 'opgeleverd'] },
  { id: 'solve', terms: ['oplossen', 'opgelost', 'aanpakken', 'aangepakt', 'solve', 'solved', 'solving', 'tackle', 'tackled', 'resolve', 'resolved'] },
  { id: 'cooperation', terms: ['samenwerking', 'samenwerken', 'samengewerkt', 'cooperation', 'collaboration', 'collaborated', 'together with', 'in partnership'] },
  { id: 'regional', terms: ['regionaal', 'regionale', 'regio', 'regional', 'region', 'regions'] },
  { id: 'plan', terms: ['plan', 'plannen', 'programmaplan', 'projectplan', 'projectplannen', 'programme plan', 'project plan'] },
  { id: 'multi-year', terms: ['meerjarig', 'meerjarige', 'multi-year', 'multiyear', 'meerjarenbegroting', 'meerjarenraming'] },
  { id: 'training', terms: ['training', 'trainingen', 'getraind', 'trainen', 'trained', 'training sessions', 'opleiden', 'opgeleid', 'workshops'] },
  { id: 'legal', terms: ['jurist', 'juristen', 'juridisch', 'juridische', 'lawyer', 'lawyers', 'legal'] },
  { id: 'decision-making', terms: ['besluitvorming', 'besluiten', 'besluit', 'decisions', 'decision-making', 'decision making'] },
  { id: 'process', terms: ['werkproces', 'werkprocessen', 'processen', 'werkwijze', 'werkwijzen', 'processes', 'work processes', 'procedures', 'methodiek', 'methodieken'] },
];
