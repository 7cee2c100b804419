import { render } from 'preact';
import '../ui/base.css';
import '../ui/legend.css';
import './welcome.css';
import { applyDocumentLanguage } from '../ui/document';
import { t } from '../ui/strings';
import { Welcome } from './Welcome';

applyDocumentLanguage();
document.title = t('welcomeTitle');
const root = document.getElementById('root');
if (root) render(<Welcome />, root);
