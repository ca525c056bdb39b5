// The least a content script like ours must do on a console page, to measure the JS heap that alone costs
// (bench/heap-floor.mjs): one storage read, a message listener, a shadow host with a constructed style sheet and
// three elements, a click listener, one walk over the page's text, one layout read, an attribute, a MutationObserver
// and a scroll listener. No label tables, no URL rules, no features.
chrome.storage.local.get(['a', 'b']).then(() => {
  const host = document.createElement('lwa-assistant-root');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('div{position:fixed}');
  root.adoptedStyleSheets = [sheet];
  const ring = document.createElement('div');
  const button = document.createElement('button');
  button.textContent = 'Copy';
  button.addEventListener('click', () => {});
  root.append(ring, button, document.createElement('span'));
  document.body.append(host);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let labels = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) if (/client id/i.test(text.nodeValue)) labels++;
  const rect = document.querySelector('button')?.getBoundingClientRect();
  ring.style.left = `${Math.round(rect?.left ?? 0)}px`;
  document.documentElement.setAttribute('data-minimal', String(labels));
  new MutationObserver(() => {}).observe(document.body, { childList: true, subtree: true });
  const stop = new AbortController();
  addEventListener('scroll', () => {}, { signal: stop.signal });
});
chrome.runtime.onMessage.addListener(() => {});
