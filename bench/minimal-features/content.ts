// Every item of the page contract (../shared/dom-contract.md) done the plainest way, with this project's domain rules
// (as bench/minimal-domain) and the sentences of _locales, and no console adapter: a plain script that does the whole
// job on the consoles as the fixtures model them. A label is a short text whose whole is a label in one of the six
// languages; its field is the <label for> input, the inputs its id names in aria-labelledby, or the inputs of its table
// row or parent's parent. An ID is a text that is one by its format. A button is named by its text. One look at the
// start, and one in the frame after a change that leaves a control in the changed parent or takes away what the last
// look found; our elements go beside their targets by their boxes, with no look for the console's controls under them
// (clicks pass through the caption and the ring instead).
// It reads the bench fixtures as the extension does; it would misread many of the variant pages the extension's adapter
// was written for (test/fixtures/variants-*), and leaves out what only that robustness needs (web components' shadow
// roots, records kept between looks, a busy widget read less often, notes placed clear of the console's controls, the
// console's own copy button heard from the page's world). It is written plainly, not squeezed: what it costs is what a
// plain script doing this job costs, not the least any could. bench/floors.mjs measures it beside the other floors.
import { FIELD_OF_CONCEPT } from '../../src/console/classify';
import { actionConcept, type FieldConcept, fieldConcept, mentionsFieldLabel } from '../../src/console/labels';
import { classifyConsoleUrl } from '../../src/core/consoles';
import { recognizeLwaCredential } from '../../src/core/credentials';
import { nextStep, STEP_IDS, type StepId } from '../../src/core/steps';
import { type Verdict, validateOrigin, validateReturnUrl } from '../../src/core/urls';

// Asked only when a sentence is shown.
const say = (name: string, subs?: string[]) => chrome.i18n.getMessage(name, subs) || name;
const page = classifyConsoleUrl(location.href);
const REQUIRED: FieldConcept[] = ['appName', 'appDescription', 'privacyUrl'];
const CONTROLS = 'input,textarea,button,a[href],label,th';

if (page) {
  // A second instance (the extension updated in an open tab) takes over: the first removes what it added and stops.
  document.dispatchEvent(new Event('lwa-floor-takeover'));
  const stop = new AbortController();
  const { signal } = stop;
  document.addEventListener('lwa-floor-takeover', () => stop.abort(), { once: true, signal });

  const known = { clientIdCopied: false, webSettingsSaved: false };
  chrome.storage.local.get(['known']).then(
    (got) => {
      Object.assign(known, got.known ?? {});
      decide();
    },
    () => {},
  );

  // Our UI: one host under <body>, a shadow root for what is drawn, its light DOM (slotted) for the verdicts.
  const host = document.createElement('lwa-assistant-root');
  host.style.cssText = 'position:absolute;left:0;top:0;z-index:2147483647';
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    '.ring{position:absolute;outline:3px solid #f90;pointer-events:none}' +
      '.box{position:absolute;background:#fff;border:1px solid #888;padding:4px;font:13px sans-serif}' +
      '.box[role=status]{pointer-events:none}' +
      '[role=alert],[role=alertdialog]{position:fixed;right:16px;bottom:16px;background:#fff;border:2px solid #c00;padding:8px}',
  );
  root.adoptedStyleSheets = [sheet];
  const make = (tag: string, props: Record<string, string> = {}, text = '') => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) el.setAttribute(name, value);
    el.textContent = text;
    return el;
  };
  const button = (text: string, onClick: () => void) => {
    const el = make('button', { type: 'button' }, text);
    el.addEventListener('click', onClick);
    return el;
  };
  const ring = make('div', { class: 'ring' });
  const caption = make('div', { class: 'box', role: 'status' });
  const copyBox = make('div', { class: 'box' });
  const copied = make('span', { role: 'status' });
  let copyButton: HTMLElement | null = null;
  root.append(make('slot'), ring, caption, copyBox);
  signal.addEventListener('abort', () => {
    host.remove();
    for (const el of document.querySelectorAll('[data-lwa-field],[data-lwa-next-step]')) {
      el.removeAttribute('data-lwa-field');
      el.removeAttribute('data-lwa-next-step');
    }
    document.documentElement.removeAttribute('data-lwa-assistant');
  });

  const fields = new Map<FieldConcept, { label: string; inputs: HTMLInputElement[] }>();
  let marked = new Set<Element>();
  let buttons = new Map<string, HTMLElement>();
  // The field labels seen, with or without their inputs (an application's Web Settings shown read-only).
  const concepts = new Set<FieldConcept>();
  let clientId = '';
  let stored = '';
  let clientIdElement: Element | null = null;
  let target: Element | null = null;
  let saveButton: HTMLElement | null = null;
  // Each entry with a verdict, and the element that says it.
  const verdicts = new Map<HTMLInputElement, { verdict: Verdict; el: HTMLElement }>();

  const inputsFor = (label: Element): HTMLInputElement[] => {
    const labelled = label instanceof HTMLLabelElement ? label.control : null;
    if (labelled instanceof HTMLInputElement) return [labelled];
    const named = label.id
      ? document.querySelectorAll<HTMLInputElement>(`[aria-labelledby~="${CSS.escape(label.id)}"]`)
      : null;
    if (named?.length) return [...named];
    const row = label.closest('tr') ?? label.parentElement?.parentElement;
    return row ? [...row.querySelectorAll<HTMLInputElement>('input[type=text],input:not([type]),textarea')] : [];
  };

  const look = () => {
    fields.clear();
    concepts.clear();
    const marks = new Set<Element>();
    const mark = (el: Element, field: string) => {
      marks.add(el);
      if (el.getAttribute('data-lwa-field') !== field) el.setAttribute('data-lwa-field', field);
    };
    clientId = '';
    clientIdElement = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || host.contains(parent)) continue;
      const value = (text.nodeValue ?? '').trim();
      if (value.includes('amzn1.') && value.length < 200) {
        const kind = recognizeLwaCredential(value).kind;
        if (kind === 'client-id' || kind === 'app-id' || kind === 'client-secret') {
          mark(parent, kind);
          if (kind === 'client-id') {
            clientId = value;
            clientIdElement = parent;
          }
        }
      }
      if (value.length > 80 || !mentionsFieldLabel(value)) continue;
      const label = parent.textContent?.trim() ?? '';
      const concept = fieldConcept(label);
      if (concept) concepts.add(concept);
      const inputs = concept ? inputsFor(parent) : [];
      if (concept && inputs.length) fields.set(concept, { label, inputs });
    }
    for (const [concept, { inputs }] of fields) {
      const name = FIELD_OF_CONCEPT[concept];
      if (name) for (const input of inputs) mark(input, name);
    }
    // Marks of elements the page no longer shows as that field.
    for (const el of marked) if (!marks.has(el)) el.removeAttribute('data-lwa-field');
    marked = marks;
    buttons = new Map();
    for (const el of document.querySelectorAll<HTMLElement>(
      'button,a[href],[role=button],[role=menuitem],input[type=submit]',
    )) {
      const concept = actionConcept(el.textContent || (el as HTMLInputElement).value || el.ariaLabel || '');
      if (concept && !buttons.has(concept)) buttons.set(concept, el);
    }
    saveButton = buttons.get('save') ?? null;
    // Verdicts of entries gone from the page.
    for (const [input, { el }] of verdicts) {
      if (!input.isConnected) {
        el.remove();
        verdicts.delete(input);
      }
    }
    if (clientId) {
      copyButton ??= button(say('copyClientId'), copy);
      if (!copyButton.isConnected) copyBox.append(copyButton, copied);
      if (stored !== clientId) chrome.storage.local.set({ clientId }).catch(() => {});
      stored = clientId;
    }
    if (!host.isConnected) document.body.append(host);
    document.documentElement.setAttribute('data-lwa-assistant', 'ready');
    decide();
  };

  const entries = (concept: FieldConcept) => fields.get(concept)?.inputs ?? [];
  const empty = (inputs: HTMLInputElement[]) => inputs.filter((input) => !input.value.trim());
  const required = () => REQUIRED.flatMap(entries);

  // The next step, from what the last look found and what the entries hold now.
  const decide = () => {
    const origins = entries('allowedOrigin');
    const returns = entries('allowedReturnUrl');
    const details = required();
    const viewLwa = buttons.get('viewLwa');
    const targets: Partial<Record<StepId, Element | null | undefined>> = {
      // A view menu's entry, or while the menu is closed, its opener.
      'open-lwa-console': viewLwa && (viewLwa.offsetParent ? viewLwa : document.querySelector('[aria-haspopup]')),
      'register-app': buttons.get('register'),
      'fill-app-details': empty(details)[0],
      'save-app': saveButton,
      'reveal-web-settings': buttons.get('viewClient') ?? buttons.get('showSecret') ?? buttons.get('toggle'),
      'copy-client-id': clientIdElement,
      'edit-web-settings': buttons.get('edit'),
      'add-origins': empty(origins)[0],
      'add-return-urls': empty(returns)[0],
      'save-web-settings': saveButton,
      'back-to-amazon-pay': buttons.get('viewAmazonPay'),
    };
    const step = nextStep(known, {
      available: STEP_IDS.filter((id) => targets[id]),
      amazonPayHome: page.console === 'amazon-pay',
      registration: details.length ? { emptyRequired: empty(details).length } : null,
      editing: origins.length
        ? { origins: origins.length - empty(origins).length, returnUrls: returns.length - empty(returns).length }
        : null,
      hasApp:
        clientIdElement !== null ||
        concepts.has('webSettings') ||
        ['edit', 'viewClient', 'showSecret'].some((action) => buttons.has(action)),
      clientIdShown: clientIdElement !== null,
      savedWebSettings: null,
    });
    const next = (step && targets[step]) || null;
    if (target !== next) target?.removeAttribute('data-lwa-next-step');
    target = next;
    if (next && step && next.getAttribute('data-lwa-next-step') !== step) {
      next.setAttribute('data-lwa-next-step', step);
      caption.textContent = say(`step_${step.replaceAll('-', '_')}`);
    }
    place();
  };

  // Beside their targets, by their boxes, in the frame after.
  let placing = 0;
  const place = () => {
    if (placing) return;
    placing = requestAnimationFrame(() => {
      placing = 0;
      const at = (el: HTMLElement, of: Element | null, side: 'over' | 'below' | 'right') => {
        el.hidden = !of?.isConnected;
        if (!of?.isConnected) return;
        const box = of.getBoundingClientRect();
        el.style.left = `${Math.round(box.left + scrollX + (side === 'right' ? box.width + 8 : 0))}px`;
        el.style.top = `${Math.round(box.top + scrollY + (side === 'below' ? box.height + 4 : 0))}px`;
        if (side === 'over') {
          el.style.width = `${Math.round(box.width)}px`;
          el.style.height = `${Math.round(box.height)}px`;
        }
      };
      at(ring, target, 'over');
      at(caption, target, 'below');
      at(copyBox, clientIdElement, 'right');
      for (const [input, { el }] of verdicts) at(el, input, 'below');
    });
  };
  addEventListener('scroll', place, { passive: true, signal });
  addEventListener('resize', place, { passive: true, signal });

  let looking = 0;
  const observer = new MutationObserver((records) => {
    for (const { target: parent } of records) {
      if (host.contains(parent) || parent === host) continue;
      const gone = (target && !target.isConnected) || (clientIdElement && !clientIdElement.isConnected);
      if (gone || (parent as Element).querySelector?.(CONTROLS)) {
        looking ||= requestAnimationFrame(() => {
          looking = 0;
          look();
        });
        return;
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());

  const copy = () => {
    navigator.clipboard.writeText(clientId).then(
      () => {
        copied.textContent = say('copied');
        known.clientIdCopied = true;
        chrome.storage.local.set({ known }).catch(() => {});
        decide();
      },
      () => {
        copied.textContent = say('copyFailed');
      },
    );
  };

  // The wrong-credential guard.
  let alert: HTMLElement | null = null;
  document.addEventListener(
    'copy',
    () => {
      const active = document.activeElement;
      const text =
        active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
          ? active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0)
          : String(getSelection());
      const kind = recognizeLwaCredential(text).kind;
      alert?.remove();
      alert = null;
      if (kind !== 'app-id' && kind !== 'client-secret') return;
      const shown = make(
        'div',
        { role: 'alert' },
        `${say(kind === 'app-id' ? 'guardCopiedAppId' : 'guardCopiedSecret')} ${say('guardNeedsClientId')}`,
      );
      if (clientId) shown.append(button(say('copyClientIdInstead'), copy));
      shown.append(button(say('dismiss'), () => shown.remove()));
      root.append(shown);
      alert = shown;
    },
    { capture: true, signal },
  );

  // Verdicts, after each edit of an origin or a return URL.
  document.addEventListener(
    'input',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement)) return;
      const field = input.getAttribute('data-lwa-field');
      if (field !== 'allowed-origin' && field !== 'allowed-return-url') return;
      const verdict = input.value.trim()
        ? (field === 'allowed-origin' ? validateOrigin : validateReturnUrl)(input.value)
        : null;
      const shown = verdicts.get(input);
      if (!verdict) {
        shown?.el.remove();
        verdicts.delete(input);
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      } else {
        const el =
          shown?.el ?? make('lwa-assistant-verdict', { id: `lwa-verdict-${Math.random().toString(36).slice(2)}` });
        el.style.position = 'absolute';
        el.textContent = sentenceOf(verdict);
        el.setAttribute('data-lwa-severity', verdict.severity);
        if (!el.isConnected) host.append(el);
        verdicts.set(input, { verdict, el });
        input.setAttribute('aria-invalid', String(verdict.severity === 'error'));
        input.setAttribute('aria-describedby', el.id);
      }
      decide();
    },
    { capture: true, signal },
  );
  const sentenceOf = (verdict: Verdict) => {
    const p = verdict.params ?? {};
    const subs = [p.value ?? '', verdict.suggestion ?? p.suggestion ?? '', p.host ?? '', p.port ?? '', p.scheme ?? ''];
    const sentence = say(`verdict_${verdict.code.replaceAll('-', '_')}`, subs);
    return verdict.suggestion ? `${sentence} ${say('verdict_suggestion', subs)}` : sentence;
  };

  // The save guard: an entry with an error, or a required field left empty, stops the save, with a way through.
  let letThrough = false;
  let dialog: HTMLElement | null = null;
  const guard = (event: Event) => {
    const saving =
      event.type === 'submit' ||
      (saveButton && event.target instanceof Node && saveButton.contains(event.target) && event.type === 'click');
    if (letThrough || !saving) return;
    const wrong = [...verdicts].filter(([, { verdict }]) => verdict.severity === 'error');
    const missing = REQUIRED.flatMap((concept) => {
      const field = fields.get(concept);
      return empty(field?.inputs ?? []).map((input) => [input, field?.label ?? ''] as const);
    });
    if (!wrong.length && !missing.length) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    dialog?.remove();
    const shown = make('div', { role: 'alertdialog', 'aria-label': say('guardTitle') }, say('guardTitle'));
    for (const [input, { verdict }] of wrong) shown.append(make('p', {}, `${input.value}: ${sentenceOf(verdict)}`));
    for (const [, label] of missing)
      shown.append(make('p', {}, say('guardFieldEmpty', [label.replace(/[:*\s]+$/, '')])));
    const first = wrong[0]?.[0] ?? missing[0]?.[0];
    shown.append(
      button(say('guardFix'), () => {
        shown.remove();
        first?.focus();
      }),
      button(say('guardSaveAnyway'), () => {
        shown.remove();
        letThrough = true;
        if (event.type === 'submit') (event.target as HTMLFormElement).requestSubmit();
        else saveButton?.click();
        letThrough = false;
      }),
    );
    root.append(shown);
    dialog = shown;
  };
  document.addEventListener('click', guard, { capture: true, signal });
  document.addEventListener('submit', guard, { capture: true, signal });

  // The popup asks what this page shows.
  chrome.runtime.onMessage.addListener((message, _sender, answer) => {
    if (message === 'page' && !signal.aborted)
      answer({ page, clientId, step: target?.getAttribute('data-lwa-next-step') ?? null });
  });

  look();
}
