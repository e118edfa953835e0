import { browser } from 'wxt/browser';
import { BidPrepDatabase } from '../lib/db/database';

/** The one database connection of an extension page. */
export const db = new BidPrepDatabase();

// Reminders and the badge live in the background, which may be asleep: every write this
// page makes to postings or settings wakes it with one message (Dexie's hooks see only
// this page's own writes, never the background's).
let pending: ReturnType<typeof setTimeout> | undefined;
const changed = () => {
  clearTimeout(pending);
  pending = setTimeout(() => void browser.runtime?.sendMessage({ type: 'library-changed' }).catch(() => undefined), 200);
};
for (const table of [db.postings, db.settings]) {
  table.hook('creating', changed);
  table.hook('updating', changed);
  table.hook('deleting', changed);
}
