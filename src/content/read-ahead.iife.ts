// The extension's first content script on a console page (document_end, in the extension's own world): starts the
// page session's storage read once the page is parsed, before the main script's turn (read-ahead.ts).
import { startReadAhead } from './read-ahead';

startReadAhead();
