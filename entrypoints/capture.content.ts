// Injected into the active tab on the user's click (activeTab), never declared for all
// pages: registration 'runtime' keeps it out of the manifest. It reads the live page into
// plain data (the DOM half of extraction); its return value is the injection result the
// background checks and turns into a Posting. Keep it small: it runs inside the user's page.
import { readPage } from '../lib/extract/read-page';

export default defineContentScript({
  registration: 'runtime',
  main() {
    return readPage(document, location.href);
  },
});
