import { useEffect, useRef, useState } from 'react';
import type { PostingSummary } from '../../lib/library/posting-summary';
import { db } from '../../components/db';

/**
 * Every posting's search text, read once the list is on screen (it is most of the data, and
 * the list must not wait for it) and then only for the rows that changed: a capture while
 * the panel is open reads one text, not ten thousand.
 */
export function useSearchTexts(rows: PostingSummary[] | undefined): ReadonlyMap<string, string> | undefined {
  const [texts, setTexts] = useState<Map<string, string>>();
  /** The version (updatedAt) of each text held. */
  const held = useRef(new Map<string, string>());
  useEffect(() => {
    if (!rows) return;
    let cancelled = false;
    const run = async () => {
      const current = new Map(rows.map((r) => [r.id, r.updatedAt]));
      const stale = rows.filter((r) => held.current.get(r.id) !== r.updatedAt).map((r) => r.id);
      const gone = [...held.current.keys()].filter((id) => !current.has(id));
      if (stale.length === 0 && gone.length === 0) return;
      const fetched = held.current.size === 0 ? await db.searchTexts.all() : await db.searchTexts.getMany(stale);
      if (cancelled) return;
      held.current = current;
      setTexts((previous) => {
        const next = new Map(previous);
        for (const id of gone) next.delete(id);
        for (const [id, text] of fetched) next.set(id, text);
        return next;
      });
    };
    // After the list is painted (a task queued from the next frame runs once it is on screen).
    let handle: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (handle = setTimeout(() => void run(), 0)));
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      clearTimeout(handle);
    };
  }, [rows]);
  return texts;
}
