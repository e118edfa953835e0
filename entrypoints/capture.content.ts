// Injected into the active tab on the user's click (activeTab), never declared for all
// pages: registration 'runtime' keeps it out of the manifest. Its return value is the
// injection result the background receives and validates.
import { extractPosting } from '../lib/extract';
import { localDay } from '../lib/parse/date';

export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractPosting(document, location.href, { now: localDay() });
  },
});
