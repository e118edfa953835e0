import { createRoot } from 'react-dom/client';
import { uiLanguage } from '../../components/i18n';
import { LibraryApp } from './library-app';
import '../../components/theme.css';
import './library.css';

// Screen readers and hyphenation follow the language the UI speaks.
document.documentElement.lang = uiLanguage();
createRoot(document.getElementById('root')!).render(<LibraryApp />);
