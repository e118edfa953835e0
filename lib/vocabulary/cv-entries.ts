/**
 * Words that tell the parts of an experience entry apart ("Projectleider Jeugd | Gemeente
 * Tilburg"): a role names what the person was, an organisation where. Matched inside words,
 * so compounds count ("projectleider", "informatiemanager", "beleidsadviseur").
 */
export const ROLE_WORDS = [
  'leider', 'leiding', 'manager', 'management', 'adviseur', 'advisor', 'adviser', 'consultant', 'coordinator', 'officer',
  'secretaris', 'secretary', 'architect', 'analist', 'analyst', 'ondersteuner', 'ondersteuning', 'assistent', 'assistant',
  'directeur', 'director', 'hoofd', 'head of', 'kwartiermaker', 'specialist', 'owner', 'scrum master', 'lead', 'engineer',
  'medewerker', 'consulent', 'controller', 'jurist', 'planner', 'hulpverlener', 'begeleider', 'regisseur', 'trainee',
  'stagiair', 'intern', 'docent', 'onderzoeker', 'researcher', 'developer', 'ontwikkelaar', 'tester', 'voorzitter',
  'interim', 'zelfstandig', 'freelance', 'eigenaar', 'founder', 'partner', 'pmo', 'programme', 'program', 'projectsecretaris',
];

export const ORGANISATION_WORDS = [
  'gemeente', 'provincie', 'ministerie', 'rijkswaterstaat', 'rijksdienst', 'waterschap', 'hoogheemraadschap', 'stichting',
  'bv', 'b.v.', 'nv', 'n.v.', 'universiteit', 'university', 'hogeschool', 'dienst', 'agentschap', 'omgevingsdienst',
  'ggd', 'politie', 'uwv', 'svb', 'belastingdienst', 'veiligheidsregio', 'corporatie', 'woningcorporatie', 'ziekenhuis',
  'umc', 'bank', 'ltd', 'inc', 'gmbh', 'council', 'agency', 'ministry', 'municipality', 'authority', 'vereniging', 'vng',
  'ipo', 'rvo', 'cbs', 'kadaster', 'regio', 'region', 'bureau', 'adviseurs', 'consultancy', 'consultants', 'group', 'groep',
];
