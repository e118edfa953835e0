/**
 * What on a page is not the posting: navigation, footers, consent banners, newsletters,
 * blocks that list other postings, broker process lists. These never supply a field or a
 * requirement. Decided from tags, roles, class/id words and section headings, so it
 * works on portals nobody wrote an adapter for.
 */
import { fold } from '../parse/text';

/** Elements whose content is never text the user reads as the posting. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'object', 'canvas', 'video',
  'audio', 'map', 'select', 'option', 'textarea', 'input', 'button', 'math', 'link', 'meta', 'title',
]);

const NOISE_TAGS = new Set(['nav', 'footer', 'fieldset']);
const NOISE_ROLES = new Set(['navigation', 'contentinfo', 'search', 'menubar', 'menu', 'alertdialog']);

/** Whole words in class/id/aria-label that mark noise. */
const NOISE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'navigatie', 'menu', 'megamenu', 'submenu', 'breadcrumb', 'breadcrumbs',
  'kruimelpad', 'footer', 'colofon', 'topbar', 'skiplink', 'skiplinks', 'social', 'share', 'sharing',
  'related', 'similar', 'recent', 'recommended', 'aanbevolen', 'vergelijkbare', 'vergelijkbaar',
  'soortgelijke', 'gerelateerde', 'latest', 'nieuwste',
]);
/** Parts of class/id words that mark noise even inside compounds ("cookiebar", "CybotCookiebotDialog"). */
const NOISE_PARTS = /cookie|consent|gdpr|newsletter|nieuwsbrief|subscribe|sitemap|otherjobs|relatedjobs|similarjobs|morejobs|jobalert|vacaturealert/;

/** Headings of blocks that show other postings or the broker's own pitch. */
const NOISE_HEADING =
  /^(?:(?:bekijk\s+)?(?:ook\s+)?(?:andere|meer|vergelijkbare|soortgelijke|gerelateerde|recente|nieuwste|populaire|aanbevolen|relevante|interessante|vergelijkbaar|overige)\s+(?:opdrachten|projecten|vacatures|functies|aanvragen|banen|jobs|assignments)|(?:related|similar|recent|latest|other|more|recommended)\s+(?:jobs|vacancies|assignments|postings|projects|opportunities)|misschien\s+ook\s+interessant|dit\s+vind\s+je\s+misschien\s+ook\s+interessant|bekijk\s+ook|you\s+may\s+also\s+like|(?:zo|hoe)\s+werkt\b|how\s+(?:it|this)\s+works|onze\s+werkwijze|schrijf\s+je\s+in\s+voor\s+(?:onze|de)\s+nieuwsbrief|nieuwsbrief|blijf\s+op\s+de\s+hoogte|(?:ontvang\s+(?:de\s+)?)?(?:job|vacatures?|opdrachten?)\s*alert|cookies?|deel\s+deze\s+(?:opdracht|vacature)|share\s+this(?:\s+job)?)\b/;

/** Does this heading text announce a block of noise (other postings, newsletter, broker process)? */
export function isNoiseHeading(text: string): boolean {
  const t = fold(text);
  return t.length > 0 && t.length <= 80 && NOISE_HEADING.test(t);
}

function words(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  if (raw.trim() === '') return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Is `el` itself noise? `inContent` says whether we are already inside main/article,
 * where a `header` is the posting's own header rather than the site's.
 */
export function isNoiseElement(el: Element, inContent: boolean): boolean {
  const tag = el.tagName.toLowerCase();
  if (NOISE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && NOISE_ROLES.has(role)) return true;
  if ((tag === 'header' || role === 'banner') && !inContent) return true;
  // Application and filter forms; a form wrapping the whole page holds the h1 and is protected.
  if (tag === 'form') return true;
  if (el.getAttribute('aria-modal') === 'true' && /cookie|consent|privacy/i.test(el.textContent ?? '')) return true;
  const ws = words(el);
  if (ws.length === 0) return false;
  if (NOISE_PARTS.test(ws.join(''))) return true;
  return ws.some((w) => NOISE_WORDS.has(w));
}

const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden|hide|invisible|visually-hidden|sr-only|display-none|u-hidden|d-md-none|d-lg-none|d-xl-none|md:hidden|lg:hidden|xl:hidden|hidden-md|hidden-lg|visible-xs|visible-sm|mobile-only|show-mobile|only-mobile|mobile)(?:\s|$)/;
const SHOWN_AT_BREAKPOINT = /(?:^|\s)(?:(?:sm|md|lg|xl):(?:block|flex|grid|inline|inline-block|table)|d-(?:sm|md|lg|xl)-(?:block|flex|grid|inline|table))(?:\s|$)/;

/** Hidden by markup (hidden attribute, aria-hidden, inline style or a hiding class). */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  return HIDDEN_CLASS.test(cls) && !SHOWN_AT_BREAKPOINT.test(cls);
}
