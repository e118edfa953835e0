import { browser } from 'wxt/browser';
import { uiLanguage } from '../../components/i18n';
import { mountPopup } from './app';

// public/early-capture.js asked for the capture while this bundle was loading.
const early = (globalThis as { bidprepCapture?: Promise<unknown> }).bidprepCapture;
document.title = browser.i18n.getMessage('popupTitle') || 'BidPrep';
// Screen readers and hyphenation follow the language the UI speaks.
document.documentElement.lang = uiLanguage();
mountPopup(document.getElementById('root')!, early ?? browser.runtime.sendMessage({ type: 'capture-active-tab' }));
