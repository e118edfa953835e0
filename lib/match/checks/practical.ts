/**
 * Rate, hours, availability and region asked as requirements, decided by the profile the
 * user typed first, else by the CV's own line ("Uurtarief: € 95", "Beschikbaar per 1
 * oktober 2025, 32 uur per week").
 */
import { parseDate } from '../../parse/date';
import { parseRate } from '../../parse/rate';
import { MUNICIPALITY_PROVINCE, PROVINCES } from '../../vocabulary/municipalities';
import { plain } from '../terms';
import { type Check, type MatchContext, fromLine, fromProfile } from './check';

let provinces: { of: Map<string, string>; names: Set<string> } | null = null;

/** The province a place or province name lies in, or null when it is not known. */
function provinceOf(name: string): string | null {
  provinces ??= {
    of: new Map(Object.entries(MUNICIPALITY_PROVINCE).map(([place, province]) => [plain(place), plain(province)])),
    names: new Set(PROVINCES.map(plain)),
  };
  if (provinces.names.has(name)) return name === 'fryslan' ? 'friesland' : name;
  return provinces.of.get(name) ?? provinces.of.get(name.split(' ').at(-1) ?? '') ?? null;
}

const RATE_ASK = /\b(?:tarief|uurtarief|rate|hourly rate|tarieven)\b/;
/** "36 uur per week", "32-36 uur per week" (the least of a range is what is asked), "4 dagen per week" (8 hours a day). */
const HOURS_ASK = /(?:(\d{1,2})\s*(?:-|–|tot|à|a|to)\s*)?(\d{1,2})\s*(uur|uren|hours|hrs|u|dagen|days)\s*(?:per|p\/|\/|a|in de)\s*(?:week|wk|w)\b|\b(?:het gevraagde aantal uren|the hours asked)\b/i;
const AVAILABLE_ASK = /\b(?:beschikbaar|beschikbaarheid|available|availability|per direct|z\.?s\.?m\.?|starten|start)\b/i;


function cvLine(ctx: MatchContext, test: RegExp) {
  return ctx.index.lines.find((l) => test.test(l.text));
}

/** An amount per hour, read by the engine's own rate parser (one plausible-rate range for everything). */
function hourlyAmount(text: string): number | null {
  const r = parseRate(text, { labelled: false });
  return r?.kind === 'rate' ? (r.max ?? r.min) : null;
}

/** "Aangeboden uurtarief (het laagste tarief krijgt de maximale score)": the rate is scored against other bids. */
const RATE_SCORED = /\b(?:aangeboden|geoffreerd[e]?|offered|proposed)\s+(?:uur)?tarief\b|\b(?:uur)?tarief\b.*\b(?:score|punten|gunning|beoordeeld|weging)\b/i;

export const checkRate: Check = (requirement, ctx) => {
  if (!RATE_ASK.test(plain(requirement))) return null;
  const max = hourlyAmount(requirement);
  if (max === null) {
    if (!RATE_SCORED.test(requirement)) return null;
    const evidence = ctx.profile.hourlyRate !== null ? [fromProfile('hourlyRate')] : [];
    return { verdict: 'unclear', evidence, years: null, why: 'the rate is weighed against the other bids' };
  }
  const line = ctx.index.lines.find((l) => RATE_ASK.test(plain(l.text)) && hourlyAmount(l.text) !== null);
  const mine = ctx.profile.hourlyRate ?? (line ? hourlyAmount(line.text) : null);
  if (mine === null) return { verdict: 'unclear', evidence: [], years: null, why: 'no hourly rate in the profile or the CV' };
  const evidence = ctx.profile.hourlyRate !== null || !line ? [fromProfile('hourlyRate')] : [fromLine(line)];
  return mine <= max
    ? { verdict: 'met', evidence, years: null, why: `my rate € ${mine} fits the cap of € ${max}` }
    : { verdict: 'unmet', evidence, years: null, why: `my rate € ${mine} is above the cap of € ${max}` };
};

export const checkHours: Check = (requirement, ctx) => {
  const m = HOURS_ASK.exec(requirement);
  if (!m) return null;
  const perDay = m[3] && /^d/i.test(m[3]) ? 8 : 1;
  const asked = m[2] ? Number(m[1] ?? m[2]) * perDay : ctx.posting.hoursPerWeek?.max ?? ctx.posting.hoursPerWeek?.min ?? null;
  if (!asked) return null;
  const line = cvLine(ctx, /\d{1,2}\s*(?:uur|uren|hours)\s*(?:per|p\/|\/|a)\s*(?:week|wk)/i);
  const fromCv = line ? Number(/(\d{1,2})\s*(?:uur|uren|hours)/i.exec(line.text)![1]) : null;
  const mine = ctx.profile.hoursPerWeek ?? fromCv;
  if (mine === null) return { verdict: 'unclear', evidence: [], years: null, why: 'no hours per week in the profile or the CV' };
  const evidence = ctx.profile.hoursPerWeek !== null ? [fromProfile('hoursPerWeek')] : [fromLine(line!)];
  return mine >= asked
    ? { verdict: 'met', evidence, years: null, why: `${mine} of ${asked} hours available` }
    : { verdict: 'unmet', evidence, years: null, why: `${mine} hours available where ${asked} are asked` };
};

/** The working days, in Dutch and English (named in full: "wo" is also a level of education). */
const WEEKDAYS: [RegExp, string][] = [
  [/\b(?:maandag|monday)(?:en|s)?\b/i, 'maandag'],
  [/\b(?:dinsdag|tuesday)(?:en|s)?\b/i, 'dinsdag'],
  [/\b(?:woensdag|wednesday)(?:en|s)?\b/i, 'woensdag'],
  [/\b(?:donderdag|thursday)(?:en|s)?\b/i, 'donderdag'],
  [/\b(?:vrijdag|friday)(?:en|s)?\b/i, 'vrijdag'],
];
const daysOn = (text: string) => WEEKDAYS.filter(([re]) => re.test(text)).map(([, day]) => day);

/** "Je bent beschikbaar op dinsdag en donderdag": the days the CV says it works must include them. */
export const checkWeekdays: Check = (requirement, ctx) => {
  if (!AVAILABLE_ASK.test(requirement)) return null;
  const asked = daysOn(requirement);
  if (asked.length === 0) return null;
  const line = ctx.index.lines.find((l) => AVAILABLE_ASK.test(l.text) && daysOn(l.text).length > 0) ?? ctx.index.lines.find((l) => daysOn(l.text).length >= 2);
  if (!line) return { verdict: 'unclear', evidence: [], years: null, why: `the CV does not say on which days I work (asked: ${asked.join(', ')})` };
  const mine = daysOn(line.text);
  const missing = asked.filter((d) => !mine.includes(d));
  return missing.length === 0
    ? { verdict: 'met', evidence: [fromLine(line)], years: null, why: `available on ${asked.join(', ')}` }
    : { verdict: 'unmet', evidence: [fromLine(line)], years: null, why: `not available on ${missing.join(', ')}` };
};

export const checkAvailability: Check = (requirement, ctx) => {
  const t = requirement;
  if (!AVAILABLE_ASK.test(t)) return null;
  if (daysOn(t).length > 0) return null;
  const date = parseDate(t, { now: ctx.today })?.date ?? null;
  const asap = /per direct|z\.?s\.?m|zo snel mogelijk|immediately|as soon as possible|asap/i.test(t);
  // "Beschikbaar voor minimaal 16 uur per week": how many hours (checkHours), not from when.
  if (!date && !asap && HOURS_ASK.test(t) && !/\b(?:per|vanaf|from|starten|start|ingang)\b\s+(?:\d|de |het |direct|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)/i.test(t)) return null;
  const by = date ?? (asap ? ctx.today : ctx.posting.startDate ?? (ctx.posting.startAsap ? ctx.today : null));
  if (!by || !/beschikbaar|available|starten|start/i.test(t)) return null;
  const line = cvLine(ctx, /\b(?:beschikbaar|available)\b/i);
  const fromCv = line ? (parseDate(line.text, { now: ctx.today })?.date ?? null) : null;
  const mine = ctx.profile.availableFrom ?? fromCv;
  if (!mine) return { verdict: 'unclear', evidence: line ? [fromLine(line)] : [], years: null, why: 'no date of availability in the profile or the CV' };
  const evidence = ctx.profile.availableFrom ? [fromProfile('availableFrom')] : [fromLine(line!)];
  return mine <= by
    ? { verdict: 'met', evidence, years: null, why: `available from ${mine}, asked by ${by}` }
    : { verdict: 'unmet', evidence, years: null, why: `available from ${mine}, later than ${by}` };
};

const LIVES_IN = /\b(?:woonachtig|wonend|woont|gevestigd|reisafstand|op locatie|on site|on location|in de (?:regio|omgeving|provincie)|within|based in|living in)\b\s*(?:in|van|tot)?\s*(?:de\s+)?(?:regio|omgeving|provincie)?\s*((?:'s-)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;
/**
 * "binnen een straal van 50 km van Zwolle", "maximaal 45 minuten reistijd vanaf Utrecht",
 * "within 30 km of Arnhem" (case-sensitive, for the place's capital: the first word's is spelled out).
 */
const DISTANCE = String.raw`\b(?:[Bb]innen|[Mm]aximaal|[Mm]ax\.?|[Hh]ooguit|[Ww]ithin|[Uu]p to)\s+(?:een\s+)?(?:straal\s+van\s+|afstand\s+van\s+)?\d{1,3}\s*(?:km|kilometers?|minuten|min\.?|minutes)\b(?:\s+(?:reistijd|reisafstand|rijden|travel(?:ling)?\s+time|by car))?\s+(?:van|vanaf|rond|rondom|tot|from|of|around)\s+`;
const WITHIN_OF_PLACE = new RegExp(`${DISTANCE}(?:de\\s+)?(?:gemeente\\s+|stad\\s+)?((?:'s-)?\\p{Lu}[\\p{L}'-]+(?:(?:\\s(?:aan|op|bij|in)(?:\\s(?:den|de|der|het))?)?\\s\\p{Lu}[\\p{L}'-]+)?)`, 'u');
/** The same, measured from the place of work the posting names elsewhere. */
const WITHIN_OF_WORK = new RegExp(`${DISTANCE}(?:de|het|the)\\s+(?:standplaats|werklocatie|werkplek|locatie|kantoor|opdrachtgever|office|workplace)`, 'iu');

/** "Netwerk in de regio Foodvalley", "kennis van de regio": what someone knows of a region, not where they live. */
const ABOUT_REGION = /\b(?:netwerk|network|kennis|knowledge|bekend|ervaring|experience|affiniteit)\b/i;
const RESIDENCE = /\b(?:woonachtig|wonend|woont|reisafstand|reistijd|travel|based in|living in)\b/i;

export const checkRegion: Check = (requirement, ctx) => {
  if (ABOUT_REGION.test(requirement) && !RESIDENCE.test(requirement)) return null;
  const m = LIVES_IN.exec(requirement) ?? WITHIN_OF_PLACE.exec(requirement);
  if (!m) {
    if (!WITHIN_OF_WORK.test(requirement)) return null;
    const line = ctx.profile.region ? null : ctx.index.lines.find((l) => l.section === 'personal' && /\b(?:woonplaats|adres|address|location|woonachtig)\b/i.test(l.text));
    const evidence = ctx.profile.region ? [fromProfile('region')] : line ? [fromLine(line)] : [];
    return { verdict: 'unclear', evidence, years: null, why: 'how far that is from where I live: check it yourself' };
  }
  const place = plain(m[1]);
  const region = ctx.profile.region ? plain(ctx.profile.region) : null;
  if (region) {
    // The same place, or places in the same province ("Amersfoort" and "Utrecht").
    const province = provinceOf(place);
    const same = region.includes(place) || place.includes(region) || (province !== null && province === provinceOf(region));
    return { verdict: same ? 'met' : 'unclear', evidence: [fromProfile('region')], years: null, why: same ? `I live in ${ctx.profile.region}` : `${ctx.profile.region}, not ${m[1]}` };
  }
  const line = ctx.index.lines.find((l) => l.section === 'personal' && plain(l.text).includes(place));
  return line ? { verdict: 'met', evidence: [fromLine(line)], years: null, why: `CV names ${m[1]}` } : { verdict: 'unclear', evidence: [], years: null, why: 'region not known' };
};

const KNOWS_REGION = /\b(?:netwerk|network|kennis|knowledge|bekend|affiniteit)\b/i;

/** The regions a requirement names after "regio": "de regio Foodvalley of de Stedendriehoek" → Foodvalley, Stedendriehoek. */
const NAMED_REGION = /\b(?:regio|region)\s+((?:(?:de|het|the)\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:(?:de|het|the|of|en|or|and)\s+){0,2}\p{Lu}[\p{L}'-]*)*)/u;

/**
 * Knowledge of or a network in a region the CV never names ("Netwerk in de regio Foodvalley of
 * de Stedendriehoek"): not shown, whatever else the CV says about regions.
 */
export const checkRegionKnown: Check = (requirement, ctx) => {
  // "Ervaring met schuldhulpverlening in de regio Zwolle" is work that may have been elsewhere (topic.ts).
  if (!KNOWS_REGION.test(requirement) || RESIDENCE.test(requirement)) return null;
  const m = NAMED_REGION.exec(requirement);
  if (!m) return null;
  const names = m[1]
    .split(/\s+(?:of|en|or|and)\s+/)
    .map((n) => plain(n.replace(/^(?:de|het|the)\s+/i, '')))
    .filter((n) => n.length >= 3);
  if (names.length === 0 || ctx.index.lines.some((l) => names.some((n) => plain(l.text).includes(n)))) return null;
  return { verdict: 'unmet', evidence: [], years: null, why: `the CV never names ${m[1]}` };
};
