/**
 * Node side only: recognising and decoding saved HTML files for the CLI and benchmarks.
 * Saved pages come in UTF-8 or, from older portals, windows-1252.
 */

const HTML_START = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|span|article|main|section|table|h[1-6]|ul|ol|a|form|header|nav)[\s>/]/i;

/** Text that a browser would render as a page: no binary bytes, and HTML tags near the start. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const head = bytes.subarray(0, 65_536);
  if (head.includes(0)) return false;
  return HTML_START.test(Buffer.from(head).toString('latin1'));
}

/** Decode with the charset the page declares (BOM, then <meta charset>), UTF-8 otherwise. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(declared && declared !== 'utf8' ? declared : 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
