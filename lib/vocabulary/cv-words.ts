/**
 * Words the matcher leaves out when it compares a requirement with a CV line: Dutch and
 * English function words, and the words every requirement is made of ("aantoonbare
 * ervaring", "kennis van", "at least") that say nothing about what is asked.
 */
export const STOP_WORDS = [
  // Dutch function words
  'de', 'het', 'een', 'en', 'of', 'van', 'in', 'op', 'met', 'voor', 'bij', 'aan', 'als', 'te', 'tot', 'door', 'om', 'over', 'uit',
  'naar', 'die', 'dat', 'dit', 'deze', 'zijn', 'is', 'was', 'wordt', 'worden', 'werd', 'ben', 'bent', 'heb', 'hebt', 'heeft',
  'hebben', 'kan', 'kun', 'kunt', 'kunnen', 'je', 'jij', 'u', 'uw', 'jouw', 'wij', 'we', 'ik', 'mijn', 'zij', 'ze', 'hij', 'er',
  'ook', 'nog', 'wel', 'niet', 'geen', 'dan', 'zo', 'waar', 'wat', 'wie', 'hoe', 'welke', 'waarin', 'waarbij', 'daarbij',
  'binnen', 'tussen', 'onder', 'per', 'na', 'sinds', 'vanaf', 'zoals', 'o.a', 'oa', 'bijvoorbeeld', 'bv', 'mede', 'alle', 'elk',
  'ten', 'ter', 'minimaal', 'minstens', 'tenminste', 'minste', 'maximaal', 'ruim', 'ruime', 'goed', 'goede', 'zeer', 'veel', 'meer',
  // English function words
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'with', 'at', 'by', 'from', 'on', 'as', 'be', 'is', 'are', 'was', 'were',
  'have', 'has', 'had', 'you', 'your', 'we', 'our', 'i', 'my', 'it', 'its', 'this', 'that', 'these', 'those', 'within',
  'least', 'minimum', 'preferably', 'including', 'such', 'other', 'also', 'both', 'which', 'who', 'can', 'able',
];

/** Words every requirement is made of, on both sides. */
export const REQUIREMENT_WORDS = [
  'ervaring', 'werkervaring', 'aantoonbare', 'aantoonbaar', 'aantoonbaar', 'kennis', 'relevante', 'recente', 'afgelopen',
  'laatste', 'jaar', 'jaren', 'maanden', 'kandidaat', 'beschikt', 'beschikken', 'blijkt', 'blijken', 'blijkend', 'cv',
  'vanuit', 'rol', 'functie', 'gedurende', 'periode', 'opgedaan', 'hebben', 'aangetoond', 'uitgebreide', 'brede', 'gedegen',
  'experience', 'experienced', 'knowledge', 'years', 'year', 'proven', 'demonstrable', 'relevant', 'recent', 'candidate',
  'role', 'strong', 'solid', 'extensive', 'last', 'past', 'months',
  // verbs and fillers that say how, not what ("het opstellen van", "werken met", "zoals")
  'opstellen', 'opgesteld', 'uitvoeren', 'uitgevoerd', 'werken', 'gewerkt', 'werkzaam', 'toepassen', 'toegepast', 'maken',
  'gemaakt', 'geven', 'gegeven', 'moet', 'moeten', 'motivatie', 'benoem', 'benoemen', 'volgens', 'vergelijkbaar',
  'vergelijkbare', 'andere', 'ander', 'zoals', 'waaronder', 'inclusief', 'duidelijk', 'duidelijke', 'voorbeeld',
  'hiervan', 'daarvan', 'relatie', 'gebruik', 'eigen', 'gaan', 'uit', 'wel', 'onderdelen', 'behoeve', 'gebied',
  'organisatie', 'organisaties', 'actuele', 'actueel', 'brede', 'verschillende', 'diverse', 'meerdere', 'nieuwe',
  'working', 'work', 'using', 'use', 'apply', 'applying', 'making', 'including', 'comparable', 'similar', 'large', 'scale',
  'depth', 'in-depth', 'under', 'related', 'field',
  // how hard, not what: CVs seldom call their own projects complex
  'complex', 'complexe',
  // "je kent de regio": knowing is how, the region is what
  'kent', 'kennen', 'weet', 'weten',
  // "a Dutch municipality", "de Nederlandse overheid": every employer of a Dutch freelancer's CV
  'dutch', 'nederlandse', 'body', 'bodies',
  // "een andere middelgrote overheidsorganisatie", "resultaat geboekt": size and success, not the work
  'middelgrote', 'middelgroot', 'geboekt', 'behaald',
  'aangeboden', 'voorgestelde', 'geoffreerde', 'semi', 'omgeving', 'opgedaan', 'zelfstandig',
];
