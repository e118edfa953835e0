import { createRoot } from 'react-dom/client';
import { LibraryApp } from '../../components/library/library-app';
import '../../components/theme.css';
import '../../components/library/library.css';

createRoot(document.getElementById('root')!).render(<LibraryApp />);
