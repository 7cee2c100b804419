import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { applyDocumentLanguage } from '../ui/document';
import { Popup } from './Popup';

applyDocumentLanguage();
const root = document.getElementById('root');
if (root) render(<Popup search={location.search} />, root);
