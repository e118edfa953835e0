import { describe, expect, it } from 'vitest';
import { portalName } from '../../lib/library/portal-name';

describe('the portal a posting came from, as the user names it', () => {
  it.each([
    ['striive.com', 'Striive'],
    ['app.flextender.nl', 'Flextender'],
    ['www.flextender.nl', 'Flextender'],
    ['inhuurdesk.nl', 'Inhuurdesk'],
    ['www.bijoranje.nl', 'Bij Oranje'],
    ['www.opdrachtoverheid.nl', 'Opdracht Overheid'],
    ['depubliekepartner.nl', 'de Publieke Partner'],
    ['WWW.GEMEENTEPROJECTEN.NL', 'Gemeenteprojecten'],
  ])('%s is %s', (host, name) => {
    expect(portalName(host)).toBe(name);
  });

  it('shows a portal it does not know by the host the user saw, without "www."', () => {
    expect(portalName('www.zzplaza.nl')).toBe('zzplaza.nl');
    expect(portalName('vacatures.werkenbijhengelo.nl')).toBe('vacatures.werkenbijhengelo.nl');
    expect(portalName('127.0.0.1')).toBe('127.0.0.1');
  });

  it('does not take a look-alike domain for a known portal', () => {
    expect(portalName('striive.com.example.org')).toBe('striive.com.example.org');
    expect(portalName('notstriive.com')).toBe('notstriive.com');
  });

  it('gives nothing for a posting without a host', () => {
    expect(portalName(null)).toBe('');
    expect(portalName('')).toBe('');
  });
});
