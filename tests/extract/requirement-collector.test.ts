import { describe, expect, it } from 'vitest';
import { RequirementCollector } from '../../lib/extract/requirement-collector';
import { requirementText } from '../support/scaling-pages';

const collect = (items: string[]) => {
  const found = new RequirementCollector();
  for (const item of items) found.add(item, 'knockout');
  return found.items.map((r) => r.text);
};

describe('the requirement collector keeps each item once, in page order', () => {
  it('drops a hidden duplicate copy of an item, whatever its case and punctuation', () => {
    expect(collect(['Minimaal 5 jaar ervaring als PMO', 'HBO werk- en denkniveau', 'minimaal 5 jaar ervaring als PMO.'])).toEqual([
      'Minimaal 5 jaar ervaring als PMO',
      'HBO werk- en denkniveau',
    ]);
  });

  it('drops a mobile copy that glues earlier items together ("item1item2item3")', () => {
    const items = ['Kennis van de Omgevingswet', 'Ervaring met aanbestedingstrajecten', 'Rijbewijs B en eigen vervoer'];
    expect(collect([...items, items.join('')])).toEqual(items);
    // …also when the copy runs them together with a few characters between.
    expect(collect([...items, `• ${items[2]} - ${items[0]}`])).toEqual(items);
  });

  it('keeps an item that only shares its opening words with earlier ones', () => {
    const items = [
      'Minimaal 5 jaar ervaring met het sociaal domein',
      'Minimaal 5 jaar ervaring met het sociaal domein en de Jeugdwet bij een gemeente',
      'Minimaal 5 jaar ervaring met',
    ];
    expect(collect(items)).toEqual(items);
  });

  it('drops an item that is an earlier one with only a few characters more', () => {
    expect(collect(['Ervaring met stakeholdermanagement', 'Ervaring met stakeholdermanagement (pré)'])).toEqual([
      'Ervaring met stakeholdermanagement',
    ]);
  });

  it('keeps all of many thousands of distinct items, and drops their copies', () => {
    const items = Array.from({ length: 16000 }, (_, i) => requirementText(i));
    const found = collect([...items, ...items.slice(0, 50), items.slice(100, 103).join('')]);
    expect(found).toHaveLength(16000);
    expect(found[15999]).toBe(items[15999]);
  });
});
