/**
 * The portal a posting came from, named as its users name it ("Striive", "Bij Oranje",
 * "de Publieke Partner") rather than by the host the page was served from. A portal not in
 * the list is shown by its own domain ("zzplaza.nl"), which is what the user sees in the
 * address bar: never guessed from the page.
 */
import { portalKey } from './assignment-key';

/** By the portal's registrable domain (portalKey), so "app.flextender.nl" and "www.flextender.nl" are one. */
const PORTAL_NAMES: Readonly<Record<string, string>> = {
  'striive.com': 'Striive',
  'flextender.nl': 'Flextender',
  'inhuurdesk.nl': 'Inhuurdesk',
  'bijoranje.nl': 'Bij Oranje',
  'gemeenteprojecten.nl': 'Gemeenteprojecten',
  'opdrachtoverheid.nl': 'Opdracht Overheid',
  'depubliekepartner.nl': 'de Publieke Partner',
  'publiekepartner.nl': 'de Publieke Partner',
  'werkenvoornederland.nl': 'Werken voor Nederland',
  'myler.nl': 'Myler',
  'yacht.nl': 'Yacht',
  'headfirst.nl': 'HeadFirst',
  'hoofdkraan.nl': 'Hoofdkraan',
  'jongenko.nl': 'Jong & Ko',
  'freelance.nl': 'Freelance.nl',
  'bluetrail.nl': 'Bluetrail',
  'flinter.nl': 'Flinter',
  'harveynash.nl': 'Harvey Nash',
  'jobbird.com': 'Jobbird',
  'circle8.nl': 'Circle8',
  'hinttech.nl': 'HintTech',
  'linkedin.com': 'LinkedIn',
  'indeed.com': 'Indeed',
  'indeed.nl': 'Indeed',
  'nationalevacaturebank.nl': 'Nationale Vacaturebank',
};

/** The portal's name for a host ("www.bijoranje.nl" → "Bij Oranje", "www.zzplaza.nl" → "zzplaza.nl"); "" without a host. */
export function portalName(host: string | null | undefined): string {
  const bare = (host ?? '').trim().toLowerCase().replace(/^www\./, '');
  if (!bare) return '';
  const key = portalKey(bare);
  return (key && PORTAL_NAMES[key]) || bare;
}
