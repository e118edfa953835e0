import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../lib/library/canonical-url';
import { deadlineStatus } from '../../lib/library/deadline';
import { hoursInput, rateInput, readFieldInput } from '../../lib/library/field-input';
import { ACTIVE_STATUSES, DEFAULT_QUERY, isFiltered, listPostings } from '../../lib/library/list-query';
import { portalName } from '../../lib/library/portal-name';
import { searchText } from '../../lib/library/search-text';
import { emptyPosting } from '../../lib/extract';
import { parseStored } from '../../lib/storage-keys';
import type { PostingSummary } from '../../lib/library/posting-summary';

const row = (id: string, over: Partial<PostingSummary> = {}): PostingSummary => ({
  id, title: `Opdracht ${id}`, client: 'Gemeente Utrecht', location: 'Utrecht', deadline: '', rate: 0, rateMin: null, rateMax: null, hoursMin: null, hoursMax: null, reference: '',
  status: 'new', capturedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', sourceHost: 'striive.com',
  knockouts: 0, wishes: 0, checked: 0, total: 0, sameKeys: [], ...over,
});

describe('the library list', () => {
  const rows = [
    row('closed', { deadline: '2025-05-01' }),
    row('later', { deadline: '2025-07-01', rate: 120 }),
    row('none'),
    row('soon', { deadline: '2025-06-03T12:00', rate: 90, status: 'bidding', capturedAt: '2025-05-20T00:00:00.000Z' }),
  ];
  const ids = (r: PostingSummary[]) => r.map((x) => x.id);

  it('shows open postings soonest first, then those without a deadline, closed ones last', () => {
    expect(ids(listPostings(rows, DEFAULT_QUERY, '2025-06-01'))).toEqual(['soon', 'later', 'none', 'closed']);
  });
  it('sorts by rate, highest first', () => {
    expect(ids(listPostings(rows, { ...DEFAULT_QUERY, sortBy: 'rate' }, '2025-06-01'))).toEqual(['later', 'soon', 'none', 'closed']);
  });
  it('sorts by date captured, newest first', () => {
    expect(ids(listPostings(rows, { ...DEFAULT_QUERY, sortBy: 'captured' }, '2025-06-01'))[0]).toBe('soon');
  });
  it('filters by status and hides closed postings', () => {
    expect(ids(listPostings(rows, { ...DEFAULT_QUERY, statuses: ['bidding'] }, '2025-06-01'))).toEqual(['soon']);
    expect(ids(listPostings(rows, { ...DEFAULT_QUERY, hideClosed: true }, '2025-06-01'))).not.toContain('closed');
  });
  it('searches every word in title, client and location, also before the search texts are loaded', () => {
    expect(ids(listPostings(rows, { ...DEFAULT_QUERY, search: 'UTRECHT later' }, '2025-06-01'))).toEqual(['later']);
    const texts = new Map(rows.map((r) => [r.id, `opdracht ${r.id} gemeente utrecht`]));
    expect(ids(listPostings(rows, { ...DEFAULT_QUERY, search: 'UTRECHT later' }, '2025-06-01', texts))).toEqual(['later']);
  });
  it('searches without regard to accents, also portal, reference and requirement texts (the folded search key)', () => {
    const folded = [row('wmo', { title: 'Coördinator Wmo' })];
    const texts = new Map([['wmo', searchText({ ...emptyPosting('https://www.striive.com/x', 'www.striive.com', { code: 'no-title' }), title: 'Coördinator Wmo', reference: 'SRQ-10' }, [{ text: 'Ervaring met Jeugdwet' }])]]);
    for (const q of ['coordinator', 'COÖRDINATOR', 'striive', 'srq-10', 'jeugdwet']) expect(ids(listPostings(folded, { ...DEFAULT_QUERY, search: q }, '2025-06-01', texts))).toEqual(['wmo']);
  });
  it('finds a portal by the name the list shows for it ("Bij Oranje", "de Publieke Partner", "Jong & Ko")', () => {
    const hosts = { oranje: 'www.bijoranje.nl', partner: 'depubliekepartner.nl', jk: 'www.jongenko.nl' };
    const rows = Object.entries(hosts).map(([id, host]) => row(id, { sourceHost: host.replace(/^www\./, '') }));
    const texts = new Map(Object.entries(hosts).map(([id, host]) => [id, searchText({ ...emptyPosting(`https://${host}/x`, host, { code: 'no-title' }), title: 'Projectleider' }, [])]));
    for (const [id, host] of Object.entries(hosts)) {
      expect(ids(listPostings(rows, { ...DEFAULT_QUERY, search: portalName(host) }, '2025-06-01', texts))).toEqual([id]);
    }
  });
  it('filters on several statuses at once, and the "Active" preset is new, interested and bidding', () => {
    const many = [row('n', { status: 'new' }), row('i', { status: 'interested' }), row('b', { status: 'bidding' }), row('s', { status: 'submitted' }), row('l', { status: 'lost' })];
    expect(ids(listPostings(many, { ...DEFAULT_QUERY, statuses: ['submitted', 'lost'] }, '2025-06-01')).sort()).toEqual(['l', 's']);
    expect(ids(listPostings(many, { ...DEFAULT_QUERY, statuses: [...ACTIVE_STATUSES] }, '2025-06-01')).sort()).toEqual(['b', 'i', 'n']);
  });
  it('"closes this week": open postings closing within seven days, none without a date', () => {
    const week = [row('today', { deadline: '2025-06-01T17:00' }), row('day7', { deadline: '2025-06-08' }), row('day8', { deadline: '2025-06-09' }), row('past', { deadline: '2025-05-30' }), row('none')];
    expect(ids(listPostings(week, { ...DEFAULT_QUERY, closingWithinDays: 7 }, '2025-06-01'))).toEqual(['today', 'day7']);
    expect(isFiltered({ ...DEFAULT_QUERY, closingWithinDays: 7 })).toBe(true);
    expect(isFiltered(DEFAULT_QUERY)).toBe(false);
  });
  it('reads a stored list query back only when it has the right shape', () => {
    expect(parseStored('libraryQuery', { ...DEFAULT_QUERY, statuses: ['bidding'] })).toEqual({ ...DEFAULT_QUERY, statuses: ['bidding'] });
    expect(parseStored('libraryQuery', { ...DEFAULT_QUERY, statuses: ['maybe'] })).toBeNull();
    expect(parseStored('libraryQuery', 'nonsense')).toBeNull();
  });
});

describe('the closing date as the user sees it', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    [null, '2025-06-01T10:00', 'none', null],
    ['2025-06-10', '2025-06-01T10:00', 'open', 9],
    ['2025-06-03', '2025-06-01T10:00', 'soon', 2],
    ['2025-06-01T17:00', '2025-06-01T10:00', 'today', 0],
    ['2025-06-01T09:00', '2025-06-01T10:00', 'closed', 0],
    ['2025-05-31', '2025-06-01T10:00', 'closed', -1],
  ])('%s at %s is %s', (deadline, now, state, days) => {
    expect(deadlineStatus(deadline, at(now))).toEqual({ state, daysLeft: days });
  });
});

describe('a correction typed by the user', () => {
  it.each([
    ['rate', 'max 95', { rate: { min: null, max: 95, currency: 'EUR', text: 'max 95' } }],
    ['rate', '€ 80 - € 95', { rate: { min: 80, max: 95, currency: 'EUR', text: '€ 80 - € 95' } }],
    ['hoursPerWeek', '32-36', { hoursPerWeek: { min: 32, max: 36, text: '32-36' } }],
    ['deadline', '15-12-2025 12:00', { deadline: '2025-12-15T12:00' }],
    ['startDate', 'z.s.m.', { startDate: null, startAsap: true }],
    ['startDate', '1 maart 2026', { startDate: '2026-03-01', startAsap: false }],
    ['durationMonths', '6 maanden', { durationMonths: 6 }],
    ['durationMonths', '9', { durationMonths: 9 }],
    ['client', '  Gemeente   Ede ', { client: 'Gemeente Ede' }],
    ['reference', '', { reference: null }],
  ] as const)('%s ← %j', (field, text, corrections) => {
    expect(readFieldInput(field, text, '2025-06-01')).toEqual({ ok: true, corrections });
  });
  it.each([
    ['rate', 'ongeveer een ton'],
    ['hoursPerWeek', 'veel'],
    ['deadline', 'binnenkort'],
    ['durationMonths', 'lang'],
  ] as const)('refuses %s ← %j (the text stays in the box)', (field, text) => {
    expect(readFieldInput(field, text, '2025-06-01')).toEqual({ ok: false, why: 'unreadable' });
  });
  it('refuses an empty title: the list would show the address instead', () => {
    expect(readFieldInput('title', '  ', '2025-06-01')).toEqual({ ok: false, why: 'required' });
  });
  it.each([
    [{ min: null, max: 120 }, 'max 120'],
    [{ min: 80, max: 95.5 }, '80 - 95,5'],
    [{ min: 80, max: null }, 'vanaf 80'],
  ] as const)('offers the rate %j for editing as %j, not the page sentence', (rate, text) => {
    expect(rateInput(rate)).toBe(text);
    const read = readFieldInput('rate', text, '2025-06-01');
    expect(read.ok && read.corrections.rate).toMatchObject(rate);
  });
  it('offers hours for editing as "32" or "32 - 36"', () => {
    expect(hoursInput({ min: 32, max: 32 })).toBe('32');
    expect(hoursInput({ min: 32, max: 36 })).toBe('32 - 36');
  });
});

describe('recognising the same posting by its address', () => {
  it.each([
    ['https://www.Striive.com/opdracht/123/?utm_source=mail&b=2&a=1#eisen', 'https://striive.com/opdracht/123?a=1&b=2'],
    ['https://striive.com/opdracht/123', 'https://striive.com/opdracht/123'],
    ['niet een adres', 'niet een adres'],
  ])('%s → %s', (raw, canonical) => expect(canonicalUrl(raw)).toBe(canonical));
});
