/**
 * What on a page is not the posting: words in class names and ids, and the headings of
 * blocks that show other postings, newsletters or the broker's own process. Noise never
 * supplies a field, a requirement or description text. Headings are in the phrase
 * language of phrases.ts, matched on the folded heading.
 */

/** Whole words in class, id or aria-label that mark noise. */
export const NOISE_CLASS_WORDS = [
  'nav', 'navbar', 'navigation', 'navigatie', 'menu', 'megamenu', 'submenu', 'breadcrumb', 'breadcrumbs', 'kruimelpad',
  'footer', 'colofon', 'topbar', 'skiplink', 'skiplinks', 'social', 'share', 'sharing',
  'related', 'similar', 'recent', 'recommended', 'aanbevolen', 'vergelijkbare', 'vergelijkbaar', 'soortgelijke',
  'gerelateerde', 'latest', 'nieuwste', 'contact',
];

/** Parts of class or id words that mark noise even inside compounds ("cookiebar", "CybotCookiebotDialog"). */
export const NOISE_CLASS_PARTS = [
  'cookie', 'consent', 'gdpr', 'newsletter', 'nieuwsbrief', 'subscribe', 'sitemap', 'otherjobs', 'relatedjobs',
  'similarjobs', 'morejobs', 'jobalert', 'vacaturealert',
];

/** Headings (at their start) of blocks that list other postings or speak for the broker. */
export const NOISE_HEADINGS = [
  '[bekijk] [ook] {andere|meer|vergelijkbare|soortgelijke|gerelateerde|recente|nieuwste|populaire|aanbevolen|relevante|interessante|vergelijkbaar|overige} {opdrachten|projecten|vacatures|functies|aanvragen|banen|jobs|assignments}',
  '{related|similar|recent|latest|other|more|recommended} {jobs|vacancies|assignments|postings|projects|opportunities}',
  'misschien ook interessant',
  '{ook|eveneens} interessant', // a broker's "Ook interessant" block, a whole other posting under it
  'dit vind je misschien ook interessant',
  'bekijk ook',
  'you may also like',
  '{zo|hoe} werkt', // Bij Oranje: "Zo werkt onze dienstverlening" is broker process, not requirements
  'how {it|this} works',
  'onze werkwijze',
  'zo helpen {wij|we}', // tender brokers: "Zo helpen wij je" lists their service
  'schrijf je in voor {onze|de} nieuwsbrief',
  'nieuwsbrief',
  'blijf op de hoogte',
  '[ontvang] [de] {job|vacature|vacatures|opdracht|opdrachten} alert',
  '[ontvang] [de] {jobalert|jobalerts|vacaturealert|vacaturesalert|opdrachtalert|opdrachtenalert}', // "Ontvang de opdrachtenalert"
  '{cookie|cookies}',
  'deel deze {opdracht|vacature}',
  'share this [job]',
];

/** Phrases that mark a portal's own block wherever they stand in a short heading. */
export const NOISE_HEADING_PHRASES = [
  'nieuwste {opdrachten|vacatures}',
  '{opdrachten|vacatures|job|jobs|assignments} per {email|e-mail}',
  '{email|e-mail} {alert|alerts}',
  '{job alert|job alerts|jobalert|jobalerts}',
  'in je {box|inbox|mailbox}',
  'to your inbox',
  '{tariefindicatie|tarief indicatie|tarievenindicatie|tarieven indicatie}', // rate statistics, not this posting's rate
  '{markttarief|markt tarief|markttarieven|markt tarieven}',
];

/** The broker introducing itself or its process ("How applying via ZZPlaza works", "Over ons"). */
export const PROCESS_HEADINGS = ['how … {work|works}', 'hoe … werkt', 'over ons', 'about us', 'wie zijn {wij|we}', 'who we are'];

/** Noise headings over a broker's steps as one list: the noise ends with the list (a closing date may follow it). */
export const STEP_LIST_HEADINGS = ['{zo|hoe} werkt', 'how {it|this} works', 'onze werkwijze', 'zo helpen {wij|we}'];
