/**
 * Text typed into a posting, kept in browser storage until the library has it
 * (lib/library/typed-text.ts): where it goes, and when a copy left by a closed panel is
 * written or dropped.
 */
import { describe, expect, it } from 'vitest';
import { emptyPosting } from '../../lib/extract';
import { savedFromCapture } from '../../lib/library/saved-from-capture';
import { type TypedText, leftTextToWrite, typedTextKey, withTypedText } from '../../lib/library/typed-text';

let n = 0;
const saved = savedFromCapture(
  { ...emptyPosting('https://striive.com/o/1', 'striive.com', { code: 'no-deadline' }), title: 'Adviseur', requirements: [{ kind: 'knockout', text: 'Ervaring met de Omgevingswet' }] },
  null,
  { at: '2026-11-01T10:00:00.000Z', newId: () => `id-${++n}` },
);
const itemId = saved.checklist[0].id;
const typed = (over: Partial<TypedText>): TypedText => ({ postingId: saved.id, itemId, field: 'evidence', text: 'CV: 2019–2023 Omgevingswet Ede', at: '2026-11-02T10:00:00.000Z', ...over });

describe('typed text', () => {
  it('puts a requirement\'s evidence or notes, or the posting\'s notes, in place', () => {
    expect(withTypedText(saved, typed({}))!.checklist[0].evidence).toBe('CV: 2019–2023 Omgevingswet Ede');
    expect(withTypedText(saved, typed({ field: 'notes', text: 'Referentie Vallei' }))!.checklist[0].notes).toBe('Referentie Vallei');
    expect(withTypedText(saved, typed({ itemId: null, field: 'notes', text: 'Bellen met Anouk' }))!.notes).toBe('Bellen met Anouk');
  });

  it('has nothing to write when the text is there already or its requirement is gone', () => {
    const withIt = withTypedText(saved, typed({}))!;
    expect(withTypedText(withIt, typed({}))).toBeNull();
    expect(withTypedText(saved, typed({ itemId: 'removed' }))).toBeNull();
  });

  it('writes a text left by a closed panel only when the posting did not change after it was typed', () => {
    expect(leftTextToWrite(saved, typed({}))!.checklist[0].evidence).toBe('CV: 2019–2023 Omgevingswet Ede');
    const changedLater = { ...saved, updatedAt: '2026-11-03T10:00:00.000Z' };
    expect(leftTextToWrite(changedLater, typed({}))).toBeNull();
  });

  it('keeps one copy per field: a later text of the same field takes the place of the earlier', () => {
    expect(typedTextKey(typed({}))).toBe(typedTextKey(typed({ text: 'later', at: '2026-11-02T11:00:00.000Z' })));
    expect(typedTextKey(typed({}))).not.toBe(typedTextKey(typed({ field: 'notes' })));
    expect(typedTextKey(typed({ itemId: null, field: 'notes' }))).toBe(`typedText:${saved.id}::notes`);
  });
});
