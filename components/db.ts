import { BidPrepDatabase } from '../lib/db/database';

/** The one database connection of an extension page. */
export const db = new BidPrepDatabase();
