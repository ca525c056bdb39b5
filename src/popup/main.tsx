import { render } from 'preact';
import { t } from '../platform/i18n';
import { ext } from '../platform/native';
import { App } from './App';

// The popup speaks the browser's UI language, like every message it shows (dom-contract: Language).
document.documentElement.lang = ext.i18n.getUILanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<App />, root);
