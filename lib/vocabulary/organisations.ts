/**
 * Words that make a short line look like the name of a (mostly public) organisation, and
 * the words that open such a name ("gemeente Utrecht", "Provincie Gelderland"). Matched
 * as whole words; entries in the phrase language of phrases.ts.
 */
export const ORGANISATION_WORDS = [
  'gemeente', 'provincie', 'ministerie', 'vereniging', 'stichting', 'waterschap', 'hoogheemraadschap', 'rijkswaterstaat',
  'dienst', 'agentschap', 'belastingdienst', 'uwv', 'svb', 'politie', 'ggd', 'veiligheidsregio', 'omgevingsdienst',
  'universiteit', 'hogeschool', 'ziekenhuis', 'umc', 'raad', 'autoriteit', 'kadaster', 'rijks~', 'nationale', 'nederlandse',
  'centraal', 'bureau', 'inspectie', 'openbaar ministerie', 'gerechtshof', 'rechtbank', 'zorginstituut', 'rvo', 'duo',
  'cjib', 'cbs', 'coa', 'ind', 'dji', 'logius', 'rivm', 'knmi', 'nvwa', 'ilt', 'acm', 'afm', 'dnb', 'prorail', 'havenbedrijf',
  'metropoolregio', 'samenwerkingsverband', 'waterbedrijf', 'woningcorporatie', 'b.v', 'bv', 'n.v', 'nv',
  'municipality', 'ministry', 'province', 'agency', 'university',
];

/** Words that open an organisation's name in running text: "de gemeente Utrecht", "het Waterschap Vallei". */
export const NAME_OPENERS = [
  'gemeente', 'provincie', 'ministerie van', 'ministerie', 'waterschap', 'hoogheemraadschap', 'veiligheidsregio',
  'omgevingsdienst', 'regio', 'dienst',
];

/** Organisations that a line can start with (the first organisation the body names, as a last resort). */
export const NAMES_ON_THEIR_OWN = ['GGD', 'Rijkswaterstaat', 'Belastingdienst', 'UWV', 'Politie'];
