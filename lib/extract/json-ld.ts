/**
 * Finding the schema.org JobPostings in a page's JSON-LD scripts, forgivingly: portals ship
 * trailing commas, raw newlines and comments (Striive). Small on purpose: the capture script
 * uses it in the tab to find a thin page's description (json-ld-body.ts).
 */

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function prop(obj: unknown, key: string): unknown {
  return isObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Every JobPosting object in the scripts, in order. */
export function jobPostingsIn(scripts: readonly string[]): Record<string, unknown>[] {
  return scripts.flatMap((s) => jobPostings(parseLenient(s))).filter(isObject);
}

/** Every object with @type JobPosting, in @graph, arrays or nested. */
export function jobPostings(data: unknown, depth = 0): unknown[] {
  if (depth > 6 || !data || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => jobPostings(d, depth + 1));
  const type = prop(data, '@type');
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /jobposting/i.test(t))) return [data];
  return jobPostings(prop(data, '@graph'), depth + 1);
}

/** JSON.parse that survives what portals actually ship: trailing commas, raw newlines, comments. */
export function parseLenient(raw: string): unknown {
  const text = raw.replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, '').trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    // fall through to repairs
  }
  const repaired = repairJson(text);
  try {
    return JSON.parse(repaired);
  } catch {
    return null;
  }
}

function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c === '\n' || c === '\r' || c === '\t') out += ' ';
      else out += c;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else out += c;
  }
  return out.replace(/,\s*([}\]])/g, '$1').replace(/\/\*[\s\S]*?\*\//g, '');
}
