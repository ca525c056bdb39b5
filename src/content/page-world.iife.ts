// Runs in the console page's own JavaScript world (manifest: "world": "MAIN", document_start), with no imports and no
// extension API. When the console's own copy buttons write the clipboard through `navigator.clipboard.writeText`,
// no `copy` event fires, so the content script could not see what was copied: this reports it with a DOM event.
// The page's call goes through unchanged; what is reported is not kept anywhere.
(() => {
  const EVENT = 'lwa-assistant:page-copy';
  const report = (text: unknown) => {
    if (typeof text === 'string' && text) document.dispatchEvent(new CustomEvent(EVENT, { detail: text }));
  };
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return;
  const writeText = clipboard.writeText;
  const wrapped = {
    writeText(this: Clipboard, text: string) {
      const result = writeText.call(this, text);
      try {
        report(text);
      } catch {
        // Never let the report change what the page's own copy does.
      }
      return result;
    },
  }.writeText;
  try {
    Object.defineProperty(clipboard, 'writeText', { value: wrapped, configurable: true, writable: true });
  } catch {
    // A frozen clipboard object: nothing to report, the selection-based guard still works.
  }
})();
