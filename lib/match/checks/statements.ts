/**
 * What a CV cannot prove: statements about the bid ("CV van maximaal 5 pagina's", "één
 * motivatiebrief aangeleverd", "niet eerder afgewezen") and attitudes ("communicatief
 * sterk", "a team player"). Unclear, unless the CV says it in so many words (a VOG line;
 * "Collega's noemen mij nauwkeurig").
 */
import { plain } from '../terms';
import { readTopic } from '../topic';
import { type Check, fromLine } from './check';
import { MET, UNCLEAR } from './thresholds';

const SELF_DESCRIBED = new Set(['profile', 'personal', 'skills']);

const ABOUT_THE_BID = /\b(?:cv (?:van|in|aanleveren|aangeleverd|mag|moet|is|max)|curriculum vitae|motivatie|motivatiebrief|motivation|a4|pagina|paginas|pages|inschrijver|inschrijving|aangeleverd|aanleveren|referentie|referenties|references|vog|verklaring omtrent het gedrag|integriteitsverklaring|geheimhoudingsverklaring|screening|afgewezen|eerder aangeboden|uitsluitingsgronden|uea|kvk|in loondienst|zzp|gesprek|sollicitatiegesprek|interview|kennismakingsgesprek|laptop|telefoon|werkplek)\b/;
const PROVABLE = /\b(?:vog|verklaring omtrent het gedrag|screening|referentie|referenties|references)\b/;
const ATTITUDE = /\b(?:communicatief|communicatieve|resultaatgericht|resultaatgerichte|stevig|stevige|persoonlijkheid|teamplayer|team player|flexibel|flexibele|proactief|proactieve|analytisch|analytische|sensitief|sensitiviteit|overtuigingskracht|verbinder|verbindend|zelfstandig|nauwkeurig|accuraat|stressbestendig|klantgericht|empathisch|creatief|enthousiast|daadkrachtig|integer|betrouwbaar|positief|kritisch|doortastend|hands on|hands-on|no-nonsense|communicative|proactive|flexible|analytical|persuasive|resilient|pragmatic|pragmatisch|energiek|humor|collegiaal|schakelen|diplomatiek|tactvol|omgevingsbewust|omgevingssensitief|samenwerken|samenwerking|gestructureerd|gestructureerde|structured|overzicht|planmatig|besluitvaardig|coachend|onder druk|hoge druk|under pressure)\b/;
const EXPERIENCE = /(?:ervaring|experience|kennis|knowledge|aantoonbaar|opleiding|worked|gewerkt|\d+ jaar|\d+ years)/;

/** A statement about the bid or the process. */
export const checkAboutTheBid: Check = (requirement, ctx) => {
  const t = plain(requirement);
  if (ABOUT_THE_BID.test(t) && !EXPERIENCE.test(t)) {
    if (PROVABLE.test(t)) {
      const word = /vog|verklaring omtrent het gedrag/.test(t) ? /\b(?:vog|verklaring omtrent het gedrag)\b/ : /\breferentie|reference/;
      const line = ctx.index.lines.find((l) => word.test(plain(l.text)) && !/op aanvraag|on request/.test(plain(l.text)));
      if (line) return { verdict: 'met', evidence: [fromLine(line)], years: null, why: 'the CV states it' };
    }
    return { verdict: 'unclear', evidence: [], years: null, why: 'about the bid itself: a CV cannot show it' };
  }
  return null;
};

/** An attitude or competency, asked for without experience: only a CV's own words about the person show it. */
export const checkAttitude: Check = (asked, ctx) => {
  // "Resultaatgerichtheid: je maakt concrete afspraken en …": the competence is named before the colon.
  const named = /^([^:]{3,40}):\s/.exec(asked);
  const requirement = named && named[1].trim().split(/\s+/).length <= 3 ? named[1] : asked;
  // A competence named so ("Verbindend leiderschap: …") is met only by a line that names all of it.
  const bar = requirement === asked ? MET : 0.99;
  const t = plain(requirement);
  // Competencies are named in a few words ('Coachend leiderschap', 'Besluitvaardigheid').
  if ((ATTITUDE.test(t) || t.split(' ').length <= 3) && !EXPERIENCE.test(t)) {
    // Only where people describe themselves (profile, qualities, skills): a bullet about a project is no proof of a trait.
    const topic = readTopic(requirement, ctx.index, (line) => SELF_DESCRIBED.has(line.section));
    const best = topic.lines[0];
    if (best && best.score >= bar) return { verdict: 'met', evidence: topic.lines.slice(0, 3).filter((s) => s.score >= bar).map((s) => fromLine(s.line)), years: null, why: 'the CV says so' };
    // Unclear, with the line that comes closest anywhere in the CV ("Prepared decisions for the Provincial Executive").
    const near = [asked, requirement].map((text) => readTopic(text, ctx.index).lines.find((s) => s.score >= UNCLEAR)).find(Boolean);
    return { verdict: 'unclear', evidence: near ? [fromLine(near.line)] : [], years: null, why: 'an attitude: a CV rarely shows it' };
  }
  return null;
};
