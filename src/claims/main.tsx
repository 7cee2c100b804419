import { render } from 'preact';
import '../ui/base.css';
import '../ui/memory.css';
import './claims.css';
import { applyDocumentLanguage } from '../ui/document';
import { t } from '../ui/strings';
import { YourClaims } from './YourClaims';

applyDocumentLanguage();
document.title = `${t('claimsTitle')} · Afterword`;
const root = document.getElementById('root');
if (root) render(<YourClaims />, root);
