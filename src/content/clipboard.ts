// Reading and writing the clipboard on a console page. A click is a user gesture, which is enough to write the
// clipboard (no clipboardWrite permission); what is copied is looked at and then forgotten, never kept.

import { eventTarget } from '../console/composed';

// Reported by page-world.iife.ts when the console's own scripts call navigator.clipboard.writeText.
const PAGE_COPY_EVENT = 'lwa-assistant:page-copy';
let writing = false;

/** Puts exactly `text` on the clipboard. */
export async function writeClipboard(text: string): Promise<boolean> {
  writing = true;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older engines, or a page whose permissions policy blocks the async API: a copy event can set its own data.
    const put = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    document.addEventListener('copy', put, { capture: true, once: true });
    try {
      return document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', put, { capture: true });
    }
  } finally {
    writing = false;
  }
}

/** The text a `copy` event is copying: the selection, or the selected part of the focused input. */
function copiedText(event: Event): string {
  const target = eventTarget(event);
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    const { selectionStart, selectionEnd, value } = target;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
      return value.slice(selectionStart, selectionEnd);
    }
    // Some copy buttons select nothing and copy the whole (read-only) field.
    if (target.readOnly) return value;
  }
  return document.getSelection()?.toString() ?? '';
}

/** Calls back with every text the merchant or the console copies on this page, except the extension's own. */
export function onCopy(callback: (text: string) => void, signal: AbortSignal): void {
  const options = { capture: true, signal } as const;
  document.addEventListener('copy', (event) => writing || callback(copiedText(event)), options);
  document.addEventListener(
    PAGE_COPY_EVENT,
    (event) => {
      const detail = (event as CustomEvent).detail;
      if (typeof detail === 'string') callback(detail);
    },
    options,
  );
}
