import { createRoot } from 'react-dom/client';
import { uiLanguage } from '../../components/i18n';
import { LibraryApp } from './library-app';
import '../../components/theme.css';
import './library.css';

// Screen readers and hyphenation follow the language the UI speaks.
document.documentElement.lang = uiLanguage();
// Ask the browser to keep the library when the disk runs full (granted to extensions that
// hold unlimitedStorage; the settings view says whether it was).
void navigator.storage?.persist?.().catch(() => undefined);
createRoot(document.getElementById('root')!).render(<LibraryApp />);
