import { useEffect, useRef, useState } from 'react';

/**
 * Text the user is typing, saved shortly after they stop and again when the view
 * closes, so nothing typed is lost even if the panel is closed mid-sentence.
 */
export function useDraft(value: string, save: (text: string) => void, delay = 400) {
  const [draft, setDraft] = useState(value);
  const pending = useRef<string | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    if (pending.current === null) setDraft(value);
  }, [value]);
  useEffect(() => {
    if (pending.current === null) return;
    const timer = setTimeout(flush, delay);
    return () => clearTimeout(timer);
  }, [draft]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => flush, []);
  function flush() {
    if (pending.current !== null) {
      saveRef.current(pending.current);
      pending.current = null;
    }
  }
  return {
    draft,
    change: (text: string) => {
      pending.current = text;
      setDraft(text);
    },
    flush,
    /** Show `text`, saved elsewhere (an accepted suggestion): what was typed and not yet saved is part of it. */
    reset: (text: string) => {
      pending.current = null;
      setDraft(text);
    },
    /** Drop what was typed since the last save (Escape). */
    cancel: () => {
      pending.current = null;
      setDraft(value);
    },
  };
}
