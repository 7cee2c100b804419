import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { applyDocumentLanguage } from '../ui/document';
import { Popup } from './Popup';

applyDocumentLanguage();
const root = document.getElementById('root');
// The shell drawn from index.html makes way for the popup in the same task: no frame goes without it.
if (root) {
  root.replaceChildren();
  render(<Popup search={location.search} />, root);
}
