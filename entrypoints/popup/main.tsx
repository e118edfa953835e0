import { browser } from 'wxt/browser';
import { uiLanguage } from '../../components/i18n';
import { mountPopup } from './app';

declare global {
  /** Set by public/early-capture.js, which asked for the capture while this bundle was loading. */
  var bidprepCapture: Promise<unknown> | undefined;
}

const early = globalThis.bidprepCapture;
document.title = browser.i18n.getMessage('popupTitle') || 'BidPrep';
// Screen readers and hyphenation follow the language the UI speaks.
document.documentElement.lang = uiLanguage();
mountPopup(document.getElementById('root')!, early ?? browser.runtime.sendMessage({ type: 'capture-active-tab' }));
