/**
 * The user's CV against every requirement of a posting: a suggestion per requirement
 * (suggestion.ts). Each kind of requirement has its own check (checks/); a requirement
 * that asks several things ("hbo-opleiding en 5 jaar ervaring als projectleider") gets
 * every check that applies and the weakest verdict among them. The rest is experience
 * without a number, read as a topic.
 */
import type { Cv, CvProfile } from '../cv/cv';
import type { Posting } from '../posting';
import type { SynonymGroup } from '../vocabulary/cv-synonyms';
import { type Check, type MatchContext } from './checks/check';
import { checkCertificates } from './checks/certificates';
import { checkEducation } from './checks/education';
import { checkDuration, checkTopic } from './checks/experience';
import { checkLanguages } from './checks/languages';
import { checkAvailability, checkHours, checkRate, checkRegion, checkRegionKnown, checkWeekdays } from './checks/practical';
import { checkAboutTheBid, checkAttitude } from './checks/statements';
import { type CvIndex, indexCv } from './cv-index';
import type { Suggestion, Verdict } from './suggestion';

/** Checks that decide a requirement on their own when they apply. */
const DECISIVE: Check[] = [checkRate, checkAboutTheBid];
/** Checks that each decide a part; together they decide the requirement. */
const PARTS: Check[] = [checkHours, checkAvailability, checkWeekdays, checkRegion, checkRegionKnown, checkEducation, checkCertificates, checkLanguages, checkDuration];

/** "blijkend uit cv en/of motivatie", "Benoem dit op je cv": how to show it, not what. */
const HOW_TO_SHOW = /\(?\b(?:(?:dit|wat)\s+)?(?:moet\s+)?(?:blijkend|blijkt|blijken|aantoonbaar|zichtbaar|vermeld|benoemd?)\s+(?:uit|in|op)\s+(?:het|je|jouw|uw|de)?\s*(?:cv|curriculum vitae)(?:\s*(?:en\/of|of|en)\s*(?:de|je|jouw)?\s*motivatie(?:brief)?)?\)?|\bbenoem (?:dit|dat) (?:expliciet )?op (?:je|het) cv\.?/gi;

/** "…, bij voorkeur in een publieksdienstverlenende omgeving": what would be nice, not what is asked (after what is). */
const PREFERRED = /[,(]?\s*\b(?:bij voorkeur|liefst|idealiter|preferably|ideally)\b[^.;]*/i;

const RANK: Record<Verdict, number> = { unmet: 0, unclear: 1, met: 2 };

/** The requirement without how to show it, and without a preference that follows what it asks. */
function asked(text: string): string {
  const shown = text.replace(HOW_TO_SHOW, ' ');
  const preferred = PREFERRED.exec(shown);
  return preferred && shown.slice(0, preferred.index).trim().split(/\s+/).length >= 4 ? shown.slice(0, preferred.index) + shown.slice(preferred.index + preferred[0].length) : shown;
}

export function matchRequirement(text: string, ctx: MatchContext): Suggestion {
  const requirement = asked(text);
  for (const check of DECISIVE) {
    const s = check(requirement, ctx);
    if (s) return s;
  }
  const parts = PARTS.map((check) => check(requirement, ctx)).filter((s): s is Suggestion => s !== null);
  if (parts.length === 0) return checkAttitude(requirement, ctx) ?? checkTopic(requirement, ctx)!;
  if (parts.length === 1) return parts[0];
  const weakest = parts.reduce((a, b) => (RANK[b.verdict] < RANK[a.verdict] ? b : a));
  const seen = new Set<string>();
  const evidence = [weakest, ...parts.filter((p) => p !== weakest)].flatMap((p) => p.evidence).filter((e) => !seen.has(e.text) && seen.add(e.text)).slice(0, 3);
  return { verdict: weakest.verdict, evidence, years: parts.find((p) => p.years !== null)?.years ?? null, why: parts.map((p) => p.why).join('; ') };
}

export interface MatchOptions {
  profile: CvProfile;
  /** The capture day of the posting, YYYY-MM-DD. */
  today: string;
  synonyms?: readonly SynonymGroup[];
}

/** Suggestions for every requirement of the posting, in its order. */
export function matchPosting(posting: Pick<Posting, 'requirements' | 'hoursPerWeek' | 'startDate' | 'startAsap' | 'rate'>, cv: Cv | CvIndex, options: MatchOptions): Suggestion[] {
  const index = 'lines' in cv && 'groups' in cv ? cv : indexCv(cv, options.synonyms);
  const ctx: MatchContext = { index, profile: options.profile, posting, today: options.today };
  return posting.requirements.map((r) => matchRequirement(r.text, ctx));
}
