import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract';
import { htmlDocument } from '../../lib/node/html-document';
import { addDays } from '../../lib/parse/date';
import { currentPage, moveDates } from '../../scripts/demo-dates';
import { FIXTURE_DIR } from '../support/fixtures';

const read = (html: string, today: string) => extractPosting(htmlDocument(html), 'https://www.example.nl/opdracht/1', { now: today });

describe('the demo posting made current (npm start, README screenshots)', () => {
  it('moves every way a page writes a date by the same weeks, each written as it was', () => {
    const page =
      '<p>Sluit 04-09-2025 om 12:00, start 1-10-2025, einde 31.12.2025. Geplaatst 2025-08-25T09:14:37+00:00.</p>' +
      '<p>Reageren vóór 4 september 2025; start 1 Oktober 2025; closes 28 Oct 2025; starts 2 May 2025; ends 30 december 2025.</p>';
    expect(moveDates(page, 2)).toBe(
      '<p>Sluit 18-09-2025 om 12:00, start 15-10-2025, einde 14.01.2026. Geplaatst 2025-09-08T09:14:37+00:00.</p>' +
        '<p>Reageren vóór 18 september 2025; start 15 Oktober 2025; closes 11 Nov 2025; starts 16 May 2025; ends 13 januari 2026.</p>',
    );
  });

  it('leaves what is no date alone: amounts, phone numbers, impossible days, and everything when no weeks are asked', () => {
    const page = '<p>€ 2.025,00 · tel. 030-2025-11 · 31-02-2025 · 2025-13-40 · 12345-06-2025</p>';
    expect(moveDates(page, 3)).toBe(page);
    expect(moveDates('<p>04-09-2025</p>', 0)).toBe('<p>04-09-2025</p>');
  });

  it('keeps every weekday true (whole weeks)', () => {
    const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
    for (const weeks of [1, 13, 52, 66]) {
      const moved = moveDates('2025-09-04', weeks);
      expect(weekday(moved)).toBe(weekday('2025-09-04'));
    }
  });

  it('makes a posting that closed long ago open today: published in the past week, closing in 2 to 13 days', () => {
    for (const name of ['bijoranje/pmo-naleving-sociaal-domein', 'striive/informatiemanager-provincie-utrecht', 'publiekepartner/contractmanager-provincie-gelderland']) {
      const html = readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8');
      for (const today of ['2026-11-28', '2027-03-01', '2030-07-15']) {
        const posting = read(currentPage(html, 'https://www.example.nl/opdracht/1', today), today);
        expect(posting.deadline!.slice(0, 10) >= addDays(today, 2), `${name} on ${today}`).toBe(true);
        expect(posting.deadline!.slice(0, 10) <= addDays(today, 13), `${name} on ${today}`).toBe(true);
        if (posting.postedDate) expect(posting.postedDate <= today, `${name} on ${today}`).toBe(true);
        // The rest of the reading is the page's own.
        const original = read(html, today);
        expect(posting.requirements).toEqual(original.requirements);
        expect(posting.rate).toEqual(original.rate);
      }
    }
  });

  it('leaves a page that is still open as it is', () => {
    const html = readFileSync(join(FIXTURE_DIR, 'bijoranje/pmo-naleving-sociaal-domein.html'), 'utf8');
    expect(currentPage(html, 'https://www.example.nl/opdracht/1', '2025-08-26')).toBe(html);
  });
});
