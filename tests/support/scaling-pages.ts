/**
 * Generated pages that grow in one direction only (more requirement items, more table
 * rows, deeper nesting, one longer line), so `npm run bench:extract` can show how the
 * time grows with them and the tests can check such pages are still read. Each item text
 * is distinct and no item is another one with something added, so the duplicate check
 * keeps them all.
 *
 * `variant` changes the texts that are unique on the page: the extractor remembers some
 * answers (label verdicts, class words) across pages, and a benchmark that extracts the
 * same page over and over would otherwise time those memories rather than the work.
 */

const TOPICS = [
  'het sociaal domein', 'de Omgevingswet', 'aanbestedingstrajecten', 'Agile werken', 'informatiebeveiliging',
  'datagedreven sturing', 'stakeholdermanagement', 'de Wmo en Jeugdwet', 'financiële rapportages', 'ketensamenwerking',
];
const ORGS = ['een gemeente', 'een provincie', 'een waterschap', 'het Rijk', 'een uitvoeringsorganisatie', 'een zorginstelling', 'een corporatie'];

/** A distinct, realistic requirement sentence; the number sits mid-sentence so no item ends another. */
export function requirementText(i: number, variant = 0): string {
  return `Minimaal ${1 + (i % 9)} jaar ervaring met ${TOPICS[i % TOPICS.length]} in project ${variant ? `${variant}-` : ''}${i} bij ${ORGS[(i >> 2) % ORGS.length]}`;
}

const HEAD = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Projectleider sociaal domein</title></head><body>';
const INTRO =
  '<h1>Projectleider sociaal domein</h1><p>Tarief: € 95 per uur</p><p>Uren per week: 32</p><p>Sluitingsdatum: 20-10-2025</p>' +
  '<p>De gemeente werkt aan een toekomstbestendige dienstverlening. Je adviseert het management over de inrichting van processen en rapporteert over voortgang, risico’s en budget aan de stuurgroep.</p>';
const page = (body: string) => `${HEAD}${body}</body></html>`;

/** N requirement list items under an "Eisen" heading. */
export function listItemsPage(n: number, variant = 0): string {
  let items = '';
  for (let i = 0; i < n; i++) items += `<li>${requirementText(i, variant)}</li>`;
  return page(`<main>${INTRO}<h2>Eisen</h2><ul>${items}</ul></main>`);
}

/** N rows of a requirement table (code, text, weight) under an "Eisen" heading. */
export function requirementTablePage(n: number, variant = 0): string {
  let rows = '<tr><th>Nr</th><th>Omschrijving</th><th>Weging</th></tr>';
  for (let i = 0; i < n; i++) rows += `<tr><td>E${(i % 99) + 1}</td><td>${requirementText(i, variant)}</td><td>${1 + (i % 20)}%</td></tr>`;
  return page(`<main>${INTRO}<h2>Eisen</h2><table>${rows}</table></main>`);
}

/** A plain data table of N facts (label and value), the real labels among them. */
export function factTablePage(n: number, variant = 0): string {
  const real = ['<tr><td>Tarief</td><td>€ 95</td></tr>', '<tr><td>Uren per week</td><td>32</td></tr>', '<tr><td>Startdatum</td><td>1-11-2025</td></tr>'];
  let rows = real.join('');
  for (let i = 0; i < n - real.length; i++) rows += `<tr><td>Kenmerk ${variant}-${i}</td><td>Waarde ${i} voor ${TOPICS[i % TOPICS.length]}</td></tr>`;
  return page(`<main><h1>Projectleider sociaal domein</h1><table>${rows}</table><h2>Eisen</h2><ul><li>${requirementText(1)}</li></ul></main>`);
}

/** The posting at the bottom of a chain of `depth` divs. */
export function deepChainPage(depth: number, variant = 0): string {
  const posting = `${INTRO}<h2>Eisen</h2><ul>${[0, 1, 2, 3, 4].map((i) => `<li>${requirementText(i, variant)}</li>`).join('')}</ul>`;
  return page(`${'<div>'.repeat(depth)}${posting}${'</div>'.repeat(depth)}`);
}

/** A chain of `depth` divs with a sentence at every level and the posting at the bottom. */
export function deepTextPage(depth: number, variant = 0): string {
  let open = '';
  for (let i = 0; i < depth; i++) open += `<div>Niveau ${variant}-${i}: de opdrachtgever beschrijft hier een deel van de opdracht.`;
  const posting = `${INTRO}<h2>Eisen</h2><ul>${[0, 1, 2, 3, 4].map((i) => `<li>${requirementText(i, variant)}</li>`).join('')}</ul>`;
  return page(`${open}${posting}${'</div>'.repeat(depth)}`);
}

/** A posting whose body is one line of `bytes` characters without a single break. */
export function longLinePage(bytes: number, variant = 0): string {
  const sentence = `De opdrachtgever ${variant} zoekt een ervaren projectleider voor het sociaal domein die rapporteert aan de stuurgroep. `;
  const text = sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
  return page(`<main><h1>Projectleider sociaal domein</h1><div>${text}</div></main>`);
}
