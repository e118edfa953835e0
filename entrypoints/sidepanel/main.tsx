import { createRoot } from 'react-dom/client';
import { LibraryApp } from './library-app';
import '../../components/theme.css';
import './library.css';

createRoot(document.getElementById('root')!).render(<LibraryApp />);
