/**
 * A part of a file name that every file system and mail client accepts: lower case,
 * accents removed ("Één" → "een", "ĳ" → "ij"), every run of other characters one "-".
 * Longer than `max`, it is cut at a word boundary when one is near.
 */
export function slug(text: string | null | undefined, max = Infinity): string {
  const s = String(text ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const wordEnd = s.slice(0, max + 1).lastIndexOf('-');
  return (wordEnd > max / 2 ? s.slice(0, wordEnd) : s.slice(0, max)).replace(/-+$/, '');
}
