// The least a content script like ours must do on a console page, to measure what that alone costs (the floor under
// each of the benchmark's targets; bench/floors.mjs): one storage read, a message listener, a
// shadow host with a constructed style sheet and a few elements, a click listener, one walk over the page's text for
// an English label, one layout read, the next-step attribute of the dom-contract on the first empty input (or button), a
// MutationObserver and a scroll listener; and per keystroke into an input, a verdict by the browser's own URL parser,
// written the way the dom-contract asks (aria-invalid, aria-describedby → a light-DOM element with
// data-lwa-severity), only what changed. No label tables in six languages, no URL rules, no placement beside
// the console's controls, no features.
// The page is read and the next step set at once, as this extension does: it has its storage answer by then
// (src/content/read-ahead.iife.ts asks for it at document_end) and places its elements after the page's next frame
// (ui/host.ts). So the floor's start → next step holds neither a storage request nor a layout read: both come in the
// frame after.
{
  const host = document.createElement('lwa-assistant-root');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('div{position:fixed}');
  root.adoptedStyleSheets = [sheet];
  root.append(document.createElement('slot'));
  const ring = document.createElement('div');
  const button = document.createElement('button');
  button.textContent = 'Copy';
  button.addEventListener('click', () => {});
  root.append(ring, button, document.createElement('span'));
  document.body.append(host);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let labels = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (/client id|allowed (javascript )?origins/i.test(text.nodeValue)) labels++;
  }
  const next =
    [...document.querySelectorAll('input[type=text],input:not([type])')].find((i) => !i.value) ??
    document.querySelector('button');
  next?.setAttribute('data-lwa-next-step', 'allowed-origin');
  requestAnimationFrame(() => {
    chrome.storage.local.get(['a', 'b']).catch(() => {});
    const rect = next?.getBoundingClientRect();
    ring.style.left = `${Math.round(rect?.left ?? 0)}px`;
  });
  document.documentElement.setAttribute('data-minimal', String(labels));
  new MutationObserver(() => {}).observe(document.body, { childList: true, subtree: true });
  const stop = new AbortController();
  addEventListener('scroll', () => {}, { signal: stop.signal });

  const verdict = document.createElement('lwa-assistant-verdict');
  verdict.id = 'lwa-minimal-verdict';
  const sentence = document.createTextNode('');
  verdict.append(sentence);
  document.addEventListener(
    'input',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement)) return;
      let severity = 'error';
      try {
        const url = new URL(input.value);
        if (url.protocol === 'https:' && url.origin === input.value.replace(/\/$/, '')) severity = 'ok';
      } catch {}
      const text = severity === 'ok' ? 'OK' : `Not an origin: ${input.value}`;
      if (sentence.data !== text) sentence.data = text;
      if (verdict.getAttribute('data-lwa-severity') !== severity) verdict.setAttribute('data-lwa-severity', severity);
      const invalid = severity === 'error' ? 'true' : 'false';
      if (input.getAttribute('aria-invalid') !== invalid) input.setAttribute('aria-invalid', invalid);
      if (input.getAttribute('aria-describedby') !== verdict.id) input.setAttribute('aria-describedby', verdict.id);
      if (!verdict.isConnected) host.append(verdict);
    },
    { capture: true },
  );
}
chrome.runtime.onMessage.addListener(() => {});
