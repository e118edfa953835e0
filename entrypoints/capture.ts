// Injected into the active tab on the user's click (activeTab), never declared for all
// pages: an unlisted script is built but kept out of the manifest. It reads the live page
// into plain data (the DOM half of extraction); its return value is the injection result the
// background checks and turns into a Posting. Keep it small: it runs inside the user's page
// (an unlisted script, not a content script: WXT wraps a content script in 3 KB of context
// handling that a script run once and gone does not need).
import { readPage } from '../lib/extract/read-page';

export default defineUnlistedScript(() => readPage(document, location.href));
