import { browser } from 'wxt/browser';
import { BidPrepDatabase } from '../lib/db/database';

/** The one database connection of an extension page. */
export const db = new BidPrepDatabase();

// Reminders and the badge live in the background, which may be asleep: every write this
// page makes to postings or settings wakes it with one message. A DBCore middleware sees
// only this page's own writes and, unlike table hooks, leaves bulk writes in bulk (hooks
// made a restore of 10,000 postings read each one before writing it).
let pending: ReturnType<typeof setTimeout> | undefined;
const changed = () => {
  clearTimeout(pending);
  pending = setTimeout(() => void browser.runtime?.sendMessage({ type: 'library-changed' }).catch(() => undefined), 200);
};
const WATCHED = new Set(['postings', 'settings']);
db.use({
  stack: 'dbcore',
  name: 'library-changed',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!WATCHED.has(name)) return table;
      return { ...table, mutate: (req) => table.mutate(req).then((res) => (changed(), res)) };
    },
  }),
});
