import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../lib/cv/cv';
import { periodFromInput, periodInput } from '../../lib/cv/period-input';
import { readCv } from '../../lib/cv/read-cv';
import { correctionsByEntry, effectiveCv, emptyProfile, ownSynonymsText, parseOwnSynonyms } from '../../lib/cv/stored-profile';
import { goNoGo } from '../../lib/match/go-no-go';
import { acceptedSuggestion, agrees } from '../../lib/match/posting-suggestions';
import type { Suggestion } from '../../lib/match/suggestion';
import type { ChecklistItem } from '../../lib/saved-posting';

const CV = `Werkervaring
Projectleider Jeugd | Gemeente Tilburg | jan. 2019 – heden
• Triagemodel ingevoerd.
Voorzitter | Voetbalclub VV Noord | 2015 – 2020
• Bestuur van de club.`;

describe('the stored CV with the user’s corrections', () => {
  it('applies a correction to the entry with that header, and it survives importing the same CV again', () => {
    const profile = {
      cvText: CV,
      corrections: [{ header: 'Projectleider Jeugd  |  Gemeente Tilburg | jan. 2019 – heden', role: 'Projectleider Jeugd en Onderwijs', period: periodFromInput('2018-11', '') }],
    };
    const [first] = effectiveCv(profile).entries;
    expect(first).toMatchObject({ role: 'Projectleider Jeugd en Onderwijs', organisation: 'Gemeente Tilburg', period: { from: { year: 2018, month: 11 }, to: null } });
    // The same CV imported again (as a PDF, say: other spacing) keeps the correction.
    expect(effectiveCv({ ...profile, cvText: `${CV}\n` }).entries[0].role).toBe('Projectleider Jeugd en Onderwijs');
  });

  it('drops an entry the user says is no role, and its lines belong to none', () => {
    const cv = effectiveCv({ cvText: CV, corrections: [{ header: 'Voorzitter | Voetbalclub VV Noord | 2015 – 2020', notAnEntry: true }] });
    expect(cv.entries.map((e) => e.role)).toEqual(['Projectleider Jeugd']);
    expect(cv.lines.find((l) => l.text.startsWith('• Bestuur'))?.entry).toBeNull();
    expect(cv.lines.find((l) => l.text.startsWith('• Triagemodel'))?.entry).toBe(0);
  });

  it('keeps applying a correction made on another line of the entry, when a newer reading takes another line for its header', () => {
    // An older BidPrep read "Periode: …" as this entry's header; the user corrected the period there.
    const form = 'Werkervaring\nPeriode: 2019 – heden\nOpdrachtgever: Gemeente Tilburg\nFunctie: Projectleider Jeugd\n\nPeriode: 2014 – 2018\nOpdrachtgever: Gemeente Breda\nFunctie: Beleidsmedewerker';
    const corrections = [{ header: 'Periode: 2019 – heden', period: periodFromInput('2018-11', '') }];
    expect(readCv(form).entries[0].header).toBe('Functie: Projectleider Jeugd');
    expect(correctionsByEntry(readCv(form), corrections)).toEqual([corrections[0], undefined]);
    expect(effectiveCv({ cvText: form, corrections }).entries.map((e) => `${e.role} ${e.period?.from.year}-${e.period?.from.month}`)).toEqual(['Projectleider Jeugd 2018-11', 'Beleidsmedewerker 2014-1']);
    // A correction on the header itself wins over one on another line.
    const both = [...corrections, { header: 'Functie: Projectleider Jeugd', role: 'Projectleider Jeugdhulp' }];
    expect(correctionsByEntry(readCv(form), both)[0]).toBe(both[1]);
  });

  it('reads own synonyms one group per line, and says which line is not a group', () => {
    const groups = parseOwnSynonyms('regiesysteem = Suite4Sociaal Domein, iRegie\n\nBIO = baseline');
    expect(groups).toEqual([{ id: 'own-1', terms: ['regiesysteem', 'Suite4Sociaal Domein', 'iRegie'] }, { id: 'own-2', terms: ['BIO', 'baseline'] }]);
    expect(ownSynonymsText(groups)).toBe('regiesysteem = Suite4Sociaal Domein = iRegie\nBIO = baseline');
    expect(() => parseOwnSynonyms('triage')).toThrow('Line 1 ("triage") needs at least two words');
  });

  it('starts empty', () => expect(emptyProfile('2025-01-01')).toMatchObject({ id: 'me', cvText: '', settings: EMPTY_PROFILE }));
});

describe('periods typed when correcting a role', () => {
  it.each([
    ['2019-03', '', { from: { year: 2019, month: 3 }, to: null, fromPrecision: 'month', toPrecision: 'now' }],
    ['2015', '2018', { from: { year: 2015, month: 1 }, to: { year: 2018, month: 12 }, fromPrecision: 'year', toPrecision: 'year' }],
    ['2019-3', '2020-02', { from: { year: 2019, month: 3 }, to: { year: 2020, month: 2 }, fromPrecision: 'month', toPrecision: 'month' }],
  ])('reads %j to %j', (from, to, period) => expect(periodFromInput(from, to)).toEqual(period));

  it.each([['2019-13', ''], ['maart', ''], ['2020-05', '2019-01'], ['', '2020']])('refuses %j – %j', (from, to) => expect(periodFromInput(from, to)).toBeNull());

  it('shows a period as it is typed', () => expect(periodInput(periodFromInput('2015', '2018-06'))).toEqual({ from: '2015', to: '2018-06' }));
});

const item = (id: string, kind: ChecklistItem['kind'], state: ChecklistItem['state'] = 'open', evidence = ''): ChecklistItem => ({ id, kind, text: id, origin: 'page', state, evidence, notes: '' });
const suggestion = (verdict: Suggestion['verdict'], years: number | null = null): Suggestion => ({
  verdict,
  years,
  why: years === null ? '' : '6 jaar 9 mnd: 2019-01–heden Projectleider Jeugd',
  evidence: [{ text: '• Triagemodel ingevoerd.', line: 2, entry: 0 }, { text: 'profile:hourlyRate', line: null, entry: null }],
});

describe('using a suggestion, and the go/no-go line', () => {
  it('copies the verdict as the state and the evidence lines (bullets off, profile in words) as text', () => {
    expect(acceptedSuggestion(suggestion('unclear', 6.8), (f) => `My ${f}: 95`)).toEqual({
      state: 'partly',
      evidence: '6 jaar 9 mnd: 2019-01–heden Projectleider Jeugd\nTriagemodel ingevoerd.\nMy hourlyRate: 95',
    });
    expect(agrees(item('a', 'knockout', 'met', 'x'), suggestion('met'))).toBe(true);
    expect(agrees(item('a', 'knockout', 'open'), suggestion('met'))).toBe(false);
  });

  it('counts knock-outs by the user’s own state where set, else by the suggestion, and weighs rate and hours', () => {
    const checklist = [item('k1', 'knockout', 'not-met'), item('k2', 'knockout'), item('k3', 'knockout'), item('w1', 'wish')];
    const suggestions = new Map([['k1', suggestion('met')], ['k2', suggestion('met')], ['k3', suggestion('unclear')], ['w1', suggestion('unmet')]]);
    const g = goNoGo(checklist, suggestions, { rate: { min: null, max: 110, currency: 'EUR', text: '' }, hoursPerWeek: { min: 36, max: 36, text: '' } }, { ...EMPTY_PROFILE, hourlyRate: 112, hoursPerWeek: 32 });
    expect(g).toEqual({ knockouts: { met: 1, unclear: 1, unmet: 1 }, rate: { mine: 112, cap: 110, fits: false }, hours: { mine: 32, asked: 36 } });
    expect(goNoGo([], new Map(), { rate: null, hoursPerWeek: null }, EMPTY_PROFILE)).toEqual({ knockouts: { met: 0, unclear: 0, unmet: 0 }, rate: null, hours: null });
  });
});
