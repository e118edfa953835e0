/**
 * Section headings of a CV, one entry a line, in the phrase language of phrases.ts
 * (matched against the folded heading: lower case, no accents, no trailing colon).
 * A heading is a short line of its own; the section runs to the next heading.
 */
import type { CvSection } from '../cv/cv';

export const CV_SECTION_HEADINGS: Record<Exclude<CvSection, 'personal'>, readonly string[]> = {
  profile: [
    'profiel', 'persoonlijk profiel', 'over mij', 'samenvatting', 'introductie', // Dutch CVs open with one of these
    'profile', 'summary', 'professional summary', 'about me', 'personal profile', 'professional profile',
    'profielschets', 'ervaring in het kort', 'in het kort',
    '{kerncompetenties|competenties|kernkwaliteiten|kwaliteiten}', 'key qualities', 'core competencies',
  ],
  experience: [
    '[relevante] {werkervaring|ervaring}', 'loopbaan', '[recente] opdrachten', 'loopbaanoverzicht', 'arbeidsverleden',
    'werkervaring en opdrachten', 'opdrachten en werkervaring', 'interim opdrachten', 'projecten', // freelancers list assignments
    '[relevant] [professional] {experience|work experience}', 'employment [history]', 'career [history]', 'work history',
    'assignments', 'professional background',
    'relevante opdrachten', '{overzicht opdrachten|opdrachtenoverzicht}', 'loopbaan en opdrachten', 'werkervaring en opdrachten',
    'werkervaring als {zzp\'er|zzper|zelfstandige|interim professional}', '{projectervaring|beroepservaring|werk- en projectervaring}',
    '{interim-opdrachten|interimopdrachten}', 'werkgevers', 'dienstverbanden', 'career overview', '{freelance|interim} assignments',
  ],
  education: [
    'opleiding', 'opleidingen', 'opleiding en cursussen', 'opleidingen en cursussen', 'onderwijs', 'scholing',
    'onderwijs en opleiding', 'opleiding en training', // Europass
    '{opleiding|opleidingen} en {certificering|certificeringen|certificaten}', 'education and {certifications|certificates}',
    'education', 'education and training', 'academic background', 'qualifications',
  ],
  certificates: [
    '{cursussen|trainingen|certificaten|certificeringen}', 'cursussen en trainingen', 'certificaten en cursussen', 'trainingen en certificaten',
    'aanvullende opleidingen', 'aanvullende scholing', 'permanente educatie', '{certificaten|certificeringen} en {trainingen|cursussen}',
    '{certifications|certificates|courses|training|trainings}', 'certifications and training', 'courses and certifications',
    'professional development',
  ],
  languages: ['talen', 'talenkennis', 'taalvaardigheid', 'taalvaardigheden', 'languages', 'language skills'],
  skills: [
    '{vaardigheden|kennisgebieden|expertise|specialisaties|kennis en vaardigheden|kennis|software|tools|methoden}',
    'methoden en technieken', 'kennis en kunde', 'ict vaardigheden', '{specialismen|specialisme|deskundigheid|kennis en ervaring}',
    '{skills|key skills|expertise|areas of expertise|tools|methods}', 'skills and tools',
    'top skills', 'topvaardigheden', // a LinkedIn profile export
    'digitale vaardigheden', 'digital skills', // Europass
  ],
  other: [
    'nevenactiviteiten', 'nevenfuncties', 'hobby s', 'hobbys', 'interesses', 'referenties', 'publicaties', 'overig', 'persoonlijke gegevens', 'personalia',
    'side activities', 'interests', 'references', 'publications', 'volunteering', 'personal details', 'other', 'honors-awards',
    'rijbewijs', 'driving licence', // Europass
  ],
};
