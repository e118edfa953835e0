/**
 * Sentences that name the client. Each cue is a template: words (the first letter of each
 * may be either case), `a|b` alternatives, `[a|b]` an optional word, and NAME (a
 * capitalised organisation name, Dutch joining words allowed, its abbreviation in brackets
 * after it), ORG (a NAME with an organisation's word in it, "Rijksinstituut", "Gemeente": for
 * cues a team or a project could be the subject of) or NAME_EN (joined by "of", "the",
 * "for"). A comment names the kind of page that needed a cue.
 */

/** A broker speaking of the client it works for: trusted before the structured data's hiringOrganization. */
export const BEHALF_OF_CUES = [
  'namens [de|het] NAME', // Flinter: "Flinter zoekt namens Omgevingsdienst Drenthe een …"
  'voor onze klant|eindklant|opdrachtgever [,] [de|het] NAME', // Harvey Nash: "Voor onze eindklant Politie is …"
  'onze opdrachtgever [,] [de|het] NAME',
  'in opdracht van [de|het] NAME',
  'voor [de|het] NAME zoeken|zijn wij|we', // interim brokers: "Voor de gemeente Utrecht zoeken wij"
  'on behalf of [the] NAME_EN',
  'our client [,] [the] NAME', // English brokers: "On behalf of our client Rijksdienst voor Ondernemend Nederland (RVO)"; "Our client Gemeente Amsterdam is looking"
  'for our client [,] [the] NAME_EN',
  'for [the] NAME_EN [,] we are looking|seeking',
];

/** An organisation speaking of itself, or the body naming where the work is: weaker. */
export const SELF_CUES = [
  '[de|het] NAME is|zijn op zoek naar', // "Gemeente Tiel is op zoek naar"
  '[de|het] ORG zoekt|zoeken', // Jobbird: "Het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) zoekt voor het Centrum …"
  'als [een] WORD bij [de|het] NAME', // Jobbird: "Als inkoper bij Bizob kom je …"
  'kom je te werken bij [de|het] NAME',
  'werken bij [de|het] NAME',
  'bij [de|het] NAME ga je', // "Bij Regio Hart van Brabant ga je als freelance inkoopadviseur aan de slag"
];
