import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup-app';
import '../../components/theme.css';

document.title = browser.i18n.getMessage('popupTitle') || 'BidPrep';
createRoot(document.getElementById('root')!).render(<PopupApp />);
