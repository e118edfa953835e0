/**
 * What on a page is not the posting: navigation, footers, consent banners, newsletters,
 * blocks that list other postings, broker process lists. These never supply a field or a
 * requirement. Decided from tags, roles, class/id words and section headings, so it
 * works on portals nobody wrote an adapter for.
 */
import { fold } from '../parse/text';
import { BROKERS, BROKER_WORDS } from '../vocabulary/brokers';
import { NOISE_CLASS_PARTS, NOISE_CLASS_WORDS, NOISE_HEADINGS, NOISE_HEADING_PHRASES, PROCESS_HEADINGS } from '../vocabulary/noise';
import { anyPhrase, leadingPhrase } from '../vocabulary/phrases';
import { type ElementAttributes, readAttributes } from './element-attributes';

/** Elements whose content is never text the user reads as the posting. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'object', 'canvas', 'video',
  'audio', 'map', 'select', 'option', 'textarea', 'input', 'button', 'math', 'link', 'meta', 'title', 'mat-icon',
]);

const NOISE_TAGS = new Set(['nav', 'fieldset']);
const NOISE_ROLES = new Set(['navigation', 'contentinfo', 'search', 'menubar', 'menu', 'alertdialog']);

const NOISE_WORDS = new Set(NOISE_CLASS_WORDS);
const NOISE_PARTS = new RegExp(NOISE_CLASS_PARTS.join('|'));
const NOISE_HEADING = leadingPhrase(NOISE_HEADINGS);
const NOISE_PHRASE = anyPhrase(NOISE_HEADING_PHRASES);
const PROCESS = leadingPhrase(PROCESS_HEADINGS);

/**
 * Does this heading text announce a block of noise (other postings, newsletter, broker
 * process, the broker introducing itself)? `isSiteName` recognises the portal's own name,
 * and a name with a broker's word in it is one too ("Over Randstad Freelance" on Jobbird),
 * so "Over Kernwaarde Interim" is noise but "Over VNG" is not.
 */
export function isNoiseHeading(text: string, isSiteName: (name: string) => boolean = () => false): boolean {
  const t = fold(text);
  if (t.length === 0 || t.length > 80) return false;
  if (NOISE_HEADING.test(t) || NOISE_PHRASE.test(t) || PROCESS.test(t)) return true;
  const about = /^(?:over|about)\s+(.{3,})$/i.exec(text.trim());
  return about !== null && (isSiteName(about[1]) || A_BROKER.test(fold(about[1])));
}

/** "Over Randstad Freelance" on a job board: a broker introducing itself, whoever hosts the page. */
const A_BROKER = anyPhrase([...BROKERS, ...BROKER_WORDS]);

const wordVerdicts = new Map<string, boolean>();

/** Do class, id or aria-label words mark noise? Memoised: pages repeat the same classes. */
function noiseWords(attrs: ElementAttributes): boolean {
  const raw = `${attrs.className} ${attrs.id} ${attrs.ariaLabel}`;
  if (raw.length <= 2) return false;
  let verdict = wordVerdicts.get(raw);
  if (verdict === undefined) {
    const ws = raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    verdict = NOISE_PARTS.test(ws.join('')) || ws.some((w) => NOISE_WORDS.has(w));
    if (wordVerdicts.size > 5000) wordVerdicts.clear();
    wordVerdicts.set(raw, verdict);
  }
  return verdict;
}

/**
 * Is `el` itself noise? `inContent` says whether we are already inside main/article,
 * where a `header` is the posting's own header rather than the site's.
 */
export function isNoiseElement(el: Element, inContent: boolean, attrs: ElementAttributes = readAttributes(el)): boolean {
  const tag = el.tagName.toLowerCase();
  // The page itself is never noise, whatever its classes say (Jobbird: <body class="has-cookie-alert">).
  if (tag === 'body' || tag === 'html' || tag === 'main') return false;
  if (NOISE_TAGS.has(tag)) return true;
  const role = attrs.role;
  if (role && NOISE_ROLES.has(role)) return true;
  // Inside main/article a header or footer belongs to the posting (title, posted date).
  if ((tag === 'header' || tag === 'footer' || role === 'banner') && !inContent) return true;
  // Application and filter forms; a form wrapping the whole page holds the h1 and is protected.
  if (tag === 'form') return true;
  if (attrs.ariaModal && /cookie|consent|privacy/i.test(el.textContent ?? '')) return true;
  return noiseWords(attrs);
}

const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden|hide|invisible|visually-hidden|sr-only|display-none|u-hidden|d-md-none|d-lg-none|d-xl-none|md:hidden|lg:hidden|xl:hidden|hidden-md|hidden-lg|visible-xs|visible-sm|mobile-only|show-mobile|only-mobile|mobile)(?:\s|$)/;
const SHOWN_AT_BREAKPOINT = /(?:^|\s)(?:(?:sm|md|lg|xl):(?:block|flex|grid|inline|inline-block|table)|d-(?:sm|md|lg|xl)-(?:block|flex|grid|inline|table))(?:\s|$)/;

/** Hidden by markup (hidden attribute, aria-hidden, inline style or a hiding class). */
export function isHiddenElement(attrs: ElementAttributes): boolean {
  if (attrs.hidden || attrs.ariaHidden) return true;
  if (attrs.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style)) return true;
  return attrs.className !== '' && HIDDEN_CLASS.test(attrs.className) && !SHOWN_AT_BREAKPOINT.test(attrs.className);
}
