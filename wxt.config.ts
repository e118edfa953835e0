import { defineConfig } from 'wxt';

// Manifest V3, Chromium first; `wxt build -b firefox` builds the Firefox version.
// Permissions are the minimum the features need: no host permissions, no static
// content scripts (the capture script is injected on the user's click via activeTab).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // `npm start` (scripts/start.mjs) opens Chromium itself; WXT's runner needs a display.
  webExt: { disabled: true },
  hooks: {
    // Chromium: no default_popup, so a toolbar click (or Alt+Shift+B) reaches the background
    // at once (action.onClicked), which starts reading the page and then opens the popup.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') delete manifest.action?.default_popup;
      // The toolbar button's own icon (public/icon, drawn by `npm run icons`); a tab whose page
      // cannot be read gets the grey set (public/icon-disabled) from the background.
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_icon = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    commands: {
      // The toolbar shortcut does what the click does; MV2 (Firefox) names it differently.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'bidprep@bidprep.nl' } } } : {}),
  }),
});
