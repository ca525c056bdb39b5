// The extension's first content script on a console page (document_start, in the extension's own world): starts the
// page session's storage read while the page is still loading (read-ahead.ts).
import { startReadAhead } from './read-ahead';

startReadAhead();
