/**
 * Facts in the document title. Some portals put the closing date only there (Opdracht
 * Overheid: "Planner C | Alliander | Sluitingsdatum 17 sept 2026 | Opdracht Overheid",
 * while the page itself says just "Gesloten"); the browser shows it as the tab's name, so
 * it is text the user sees. Each " | " part that starts with a label is a fact.
 */
import type { Fact } from './fact';
import { labelPrefix } from './label-values';

export function pageTitleFacts(titles: readonly (string | undefined)[]): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const title of titles) {
    for (const part of title?.split(/\s+\|\s+/).slice(1) ?? []) {
      const found = labelPrefix(part.trim());
      if (!found || seen.has(part)) continue;
      seen.add(part);
      facts.push({ field: found[0], source: 'page-title', value: found[1], snippet: `<title>: ${part.trim()}`, line: -1, hidden: false });
    }
  }
  return facts;
}
