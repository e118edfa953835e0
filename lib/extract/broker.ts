/**
 * The portal a page belongs to: its own name (og:site_name), its host, and the brokers
 * everyone knows (vocabulary/brokers.ts). Their names are never the client, and
 * "Over <portal>" blocks are noise.
 */
import { fold } from '../parse/text';
import { BROKERS } from '../vocabulary/brokers';
import { anyPhrase } from '../vocabulary/phrases';
import type { PageHead } from './page-reading';

export const KNOWN_BROKER = anyPhrase(BROKERS);

export interface BrokerContext {
  siteName?: string;
  host: string | null;
}

/** Is this the portal's own name (site name, host, a known broker)? */
export function isSiteName(name: string, ctx: BrokerContext): boolean {
  const n = fold(name);
  if (n.length < 3) return false;
  if (KNOWN_BROKER.test(n)) return true;
  const own = [ctx.siteName, ctx.host?.replace(/^www\./, '').split('.').slice(-2, -1)[0]]
    .filter((s): s is string => Boolean(s))
    .map((s) => fold(s).replace(/[\s-]+/g, ''));
  const compact = n.replace(/[\s-]+/g, '');
  return own.some((o) => o.length >= 3 && (compact === o || compact.includes(o) || o.includes(compact)));
}

/** The portal as the page presents itself. */
export function brokerOf(head: PageHead, url: string): BrokerContext {
  const meta = (key: string) => (Object.hasOwn(head.meta, key) ? head.meta[key] : undefined);
  return { siteName: meta('og:site_name') ?? meta('application-name'), host: hostOf(url) };
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
