import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { applyDocumentLanguage } from '../ui/document';
import { t } from '../ui/strings';
import { Options } from './Options';

applyDocumentLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('root');
if (root) render(<Options />, root);
