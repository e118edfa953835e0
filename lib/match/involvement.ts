/**
 * How far a CV line says its writer was involved in what it names. A recruiter reads
 * "Meegeschreven aan de arbeidsmarktagenda" against "ervaring met het opstellen van een
 * arbeidsmarktagenda" as part of it: a contribution is not the work asked. Likewise a
 * feasibility study or a site survey is the start of a realisation, not the realisation.
 */
import { plain } from './terms';

/** Words of a line that say its writer contributed to the work, not that they did it (or wrote a part of it: "de financiële paragraaf van …"). */
const CONTRIBUTED = /\b(?:mee ?ge(?:schreven|werkt|dacht)|meegeschreven|meegewerkt|bijgedragen|bijdrage geleverd|input geleverd|aangeleverd|deelgenomen aan|contributed|contributing to|took part|participated|co ?authored|assisted|(?:de |het |een )?(?:\w+ )?(?:paragraaf|paragrafen|hoofdstuk|hoofdstukken|onderdeel|deelrapport) (?:van|voor|in|over)|(?:a |the )?(?:\w+ )?(?:section|chapter) (?:of|for|in))\b/;

/** Words of a requirement that ask for the work itself: making, leading or delivering it. */
const DOING = /\b(?:opstell\w*|opgesteld|schrijv\w*|geschreven|realis\w*|implement\w*|invoer\w*|ingevoerd|leid\w*|leiding|aanstur\w*|faciliter\w*|manag\w*|uitvoer\w*|uitgevoerd|opzet\w*|opgezet|ontwikkel\w*|drafting|writing|delivering|leading|running|facilitating|implementing)\b/;

/** Words of a line that say the work went as far as a study of whether or where it could be done. */
const STUDIED = /\b(?:haalbaarheids\w*|locatieonderzoek\w*|verkenning\w*|quickscan\w*|feasibility|scoping)\b/;

/** Words of a requirement that ask for the thing to have been built or brought into use. */
const REALISED = /\b(?:realis\w*|aanleg\w*|implement\w*|invoering|ingevoerd|uitrol\w*|delivery|delivered|implementing|implementation|rolled out|roll-out)\b/;

/**
 * The line shows the work asked only as a contribution to it or a study before it, while the
 * requirement asks for the work itself (and does not itself ask for that contribution or study).
 */
export function onlyInvolved(requirement: string, line: string): boolean {
  const [asked, shown] = [plain(requirement), plain(line)];
  if (DOING.test(asked) && !CONTRIBUTED.test(asked) && CONTRIBUTED.test(shown)) return true;
  return REALISED.test(asked) && !STUDIED.test(asked) && STUDIED.test(shown) && !REALISED.test(shown);
}
