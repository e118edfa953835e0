/**
 * Saving what the user typed so that closing the panel at once never loses it
 * (lib/library/typed-text.ts): the text goes to browser storage with one call, then into the
 * library; once the library has it, the stored copy is removed. The panel writes any copy
 * left behind when it opens.
 */
import { browser } from 'wxt/browser';
import { updatePosting } from '../lib/db/postings';
import { TypedText, leftTextToWrite, typedTextKey, withTypedText } from '../lib/library/typed-text';
import type { BidPrepDatabase } from '../lib/db/database';

export async function saveTypedText(db: BidPrepDatabase, text: TypedText): Promise<void> {
  const key = typedTextKey(text);
  // The copy is a safeguard: when storage refuses it (full), the write to the library still goes on.
  const kept = browser.storage.local.set({ [key]: text }).then(
    () => true,
    () => false,
  );
  await updatePosting(db, text.postingId, (s) => withTypedText(s, text) ?? s);
  if (!(await kept)) return;
  // A later text of the same field may have taken the key meanwhile: that one stays.
  const now = TypedText.safeParse((await browser.storage.local.get(key))[key]);
  if (now.success && now.data.at === text.at) await browser.storage.local.remove(key);
}

/** Write the texts a closed panel left in storage; each is removed once written or found outdated. */
export async function writeLeftTypedTexts(db: BidPrepDatabase): Promise<number> {
  const stored = await browser.storage.local.get(null);
  let written = 0;
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith('typedText:')) continue;
    const parsed = TypedText.safeParse(value);
    if (parsed.success) {
      const current = await db.postings.get(parsed.data.postingId);
      if (current && leftTextToWrite(current, parsed.data)) {
        await updatePosting(db, parsed.data.postingId, (s) => leftTextToWrite(s, parsed.data) ?? s);
        written++;
      }
    }
    await browser.storage.local.remove(key);
  }
  return written;
}
