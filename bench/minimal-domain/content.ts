// The minimal content script (bench/minimal-extension/content.js) with this project's domain rules in place of its
// English-only regular expression and the browser's URL parser: the console recognised from the URL
// (core/consoles), labels found by meaning in the six languages (console/labels), credentials recognised by their
// formats (core/credentials), the next step chosen as the guide orders it (core/steps), and per keystroke a verdict by
// the project's origin and return-URL rules (core/urls). Still no console adapter (no records, no forms, no
// components, no observer logic), no placement, no features, no sentences. bench/floors.mjs builds it and measures it
// beside the minimal script: what the knowledge alone costs a page, before any code that reads the page's structure.
import { actionConcept, fieldConcept, mentionsFieldLabel } from '../../src/console/labels';
import { classifyConsoleUrl } from '../../src/core/consoles';
import { recognizeLwaCredential } from '../../src/core/credentials';
import { nextStep, STEP_IDS } from '../../src/core/steps';
import { validateOrigin, validateReturnUrl } from '../../src/core/urls';

const page = classifyConsoleUrl(location.href);
if (page) {
  // The page read and the next step set at once; the storage request and the layout read in the frame after (see the
  // minimal script).
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

    // One walk over the page's text: labels by meaning, credentials by format.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const concepts = new Set<string>();
    let clientIdShown = false;
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const value = text.nodeValue ?? '';
      if (mentionsFieldLabel(value)) {
        const concept = fieldConcept(value.trim());
        if (concept) concepts.add(concept);
      }
      if (value.includes('amzn1.') && recognizeLwaCredential(value.trim()).kind === 'client-id') clientIdShown = true;
    }
    let actions = 0;
    for (const el of document.querySelectorAll('button,a,[role=button]'))
      if (actionConcept(el.textContent ?? '')) actions++;
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input[type=text],input:not([type])')];
    const filled = inputs.filter((i) => i.value.trim()).length;
    const step = nextStep(
      { clientIdCopied: false, webSettingsSaved: false },
      {
        available: STEP_IDS,
        amazonPayHome: page.console === 'amazon-pay',
        registration: null,
        editing: inputs.length ? { origins: filled, returnUrls: filled } : null,
        hasApp: concepts.size > 0 || actions > 0,
        clientIdShown,
        savedWebSettings: null,
      },
    );
    const next = inputs.find((i) => !i.value) ?? document.querySelector('button');
    next?.setAttribute('data-lwa-next-step', step ?? 'add-origins');
    requestAnimationFrame(() => {
      chrome.storage.local.get(['a', 'b']).catch(() => {});
      const rect = next?.getBoundingClientRect();
      ring.style.left = `${Math.round(rect?.left ?? 0)}px`;
    });
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
        const found = inputs.indexOf(input) % 2 ? validateReturnUrl(input.value) : validateOrigin(input.value);
        const severity = found?.severity ?? 'ok';
        const text = found ? `${found.code}: ${found.suggestion ?? input.value}` : '';
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
}
