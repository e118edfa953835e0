// Runs first in the popup, before its app (React, database code) has loaded: ask the
// background to read the page right away, so reading and loading happen at once.
// Plain script on purpose; the popup app picks up `bidprepCapture` (components/popup-app.tsx).
(function () {
  var api = globalThis.browser || globalThis.chrome;
  performance.mark('bidprep:capture-asked');
  globalThis.bidprepCapture = api.runtime.sendMessage({ type: 'capture-active-tab' });
})();
