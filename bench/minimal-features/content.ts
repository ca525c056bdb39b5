// The least a content script doing this whole job must do: every item of the page contract
// (../shared/dom-contract.md) in the plainest way, with this project's domain rules (as bench/minimal-domain) and
// sentences from _locales, but no console adapter. A label is a short text whose whole is a label in one of the six
// languages; its field is the <label for> input or the inputs of its table row or parent; an ID is a text that is one
// by its format; a button is named by its text. One look at the start and one per frame after the page changed,
// whatever changed; our elements placed beside their targets by their boxes, with no look for the console's controls
// under them. It reads the fixtures' consoles right; it would misread many of the variant pages the extension's
// adapter was written for (test/fixtures/variants-*), and it leaves out what only that robustness needs (records kept
// between looks, web components' shadow roots, a busy widget read less often, the console's own copy button heard
// from the page's world). So it is a floor: whatever a content script doing this job holds, it holds at least this.
// bench/floors.mjs builds it and measures it beside the other floors.
import { actionConcept, type FieldConcept, fieldConcept, mentionsFieldLabel } from '../../src/console/labels';
import { classifyConsoleUrl } from '../../src/core/consoles';
import { recognizeLwaCredential } from '../../src/core/credentials';
import { nextStep, STEP_IDS, type StepId } from '../../src/core/steps';
import { type Verdict, validateOrigin, validateReturnUrl } from '../../src/core/urls';

const say = (name: string, subs?: string[]) => chrome.i18n.getMessage(name, subs) || name;
const page = classifyConsoleUrl(location.href);

if (page) {
  const known = { clientIdCopied: false, webSettingsSaved: false };
  chrome.storage.local.get(['known']).then(
    (got) => {
      Object.assign(known, got.known ?? {});
      schedule();
    },
    () => {},
  );

  // Our UI: one host under <body>, a shadow root for what is drawn, its light DOM (slotted) for the verdicts.
  const host = document.createElement('lwa-assistant-root');
  host.style.cssText = 'position:absolute;left:0;top:0;z-index:2147483647';
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    // Clicks go through the highlight and the caption to what is under them, as the contract asks ("without blocking
    // any other part of the page"): the plainest way, where the extension places them clear of the console's controls.
    '.ring{position:absolute;outline:3px solid #f90;pointer-events:none}' +
      '[role=status]{pointer-events:none}' +
      '.box{position:absolute;background:#fff;border:1px solid #888;padding:4px;font:13px sans-serif}' +
      '[role=alert],[role=alertdialog]{position:fixed;right:16px;bottom:16px;background:#fff;border:2px solid #c00;padding:8px}',
  );
  root.adoptedStyleSheets = [sheet];
  const make = (tag: string, props: Record<string, string> = {}, text = '') => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) el.setAttribute(name, value);
    el.textContent = text;
    return el;
  };
  const ring = make('div', { class: 'ring' });
  const caption = make('div', { class: 'box', role: 'status' });
  const copyBox = make('div', { class: 'box' });
  const copyButton = make('button', { type: 'button' }, say('copyClientId'));
  const copied = make('span', { role: 'status' });
  copyBox.append(copyButton, copied);
  root.append(make('slot'), ring, caption, copyBox);

  const fields = new Map<FieldConcept, HTMLInputElement[]>();
  let clientId = '';
  let clientIdElement: Element | null = null;
  let target: Element | null = null;
  let saveButton: HTMLElement | null = null;
  const verdicts = new Map<HTMLInputElement, Verdict | null>();

  const mark = (el: Element, field: string) => {
    if (el.getAttribute('data-lwa-field') !== field) el.setAttribute('data-lwa-field', field);
  };
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
    clientIdElement = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || host.contains(parent)) continue;
      const value = (text.nodeValue ?? '').trim();
      if (value.length > 30 && value.length < 200) {
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
      const concept = fieldConcept(parent.textContent?.trim() ?? '');
      if (!concept) continue;
      const inputs = inputsFor(parent);
      if (inputs.length) fields.set(concept, inputs);
    }
    const names: Partial<Record<FieldConcept, string>> = {
      clientId: 'client-id',
      allowedOrigin: 'allowed-origin',
      allowedReturnUrl: 'allowed-return-url',
      appName: 'app-name',
      appDescription: 'app-description',
      privacyUrl: 'privacy-url',
      logo: 'logo',
    };
    for (const [concept, inputs] of fields) {
      const name = names[concept];
      if (name) for (const input of inputs) mark(input, name);
    }
    const buttons = new Map<string, HTMLElement>();
    for (const el of document.querySelectorAll<HTMLElement>(
      'button,a[href],[role=button],[role=menuitem],input[type=submit]',
    )) {
      const concept = actionConcept(el.textContent || (el as HTMLInputElement).value || el.ariaLabel || '');
      if (concept && !buttons.has(concept)) buttons.set(concept, el);
    }
    saveButton = buttons.get('save') ?? null;
    found = buttons;
    decide();
  };

  // The next step, from what the last look found and what the entries hold now.
  let found = new Map<string, HTMLElement>();
  const decide = () => {
    const buttons = found;
    const origins = fields.get('allowedOrigin') ?? [];
    const returns = fields.get('allowedReturnUrl') ?? [];
    const required = ['appName', 'appDescription', 'privacyUrl'].flatMap((c) => fields.get(c as FieldConcept) ?? []);
    const visible = (el: HTMLElement | undefined) => (el?.offsetParent ? el : undefined);
    const empty = (inputs: HTMLInputElement[]) => inputs.find((input) => !input.value.trim());
    const filled = (inputs: HTMLInputElement[]) => inputs.filter((input) => input.value.trim()).length;
    const targets: Partial<Record<StepId, Element | null | undefined>> = {
      // A view menu's entry, or while the menu is closed, its opener.
      'open-lwa-console':
        visible(buttons.get('viewLwa')) ?? (buttons.has('viewLwa') ? document.querySelector('[aria-haspopup]') : null),
      'register-app': buttons.get('register'),
      'fill-app-details': empty(required),
      'save-app': saveButton,
      'reveal-web-settings': buttons.get('viewClient') ?? buttons.get('showSecret') ?? buttons.get('toggle'),
      'copy-client-id': clientIdElement,
      'edit-web-settings': buttons.get('edit'),
      'add-origins': empty(origins),
      'add-return-urls': empty(returns),
      'save-web-settings': saveButton,
      'back-to-amazon-pay': buttons.get('viewAmazonPay'),
    };
    const step = nextStep(known, {
      available: STEP_IDS.filter((id) => targets[id]),
      amazonPayHome: page.console === 'amazon-pay',
      registration: required.length ? { emptyRequired: required.filter((input) => !input.value.trim()).length } : null,
      editing: origins.length ? { origins: filled(origins), returnUrls: filled(returns) } : null,
      hasApp:
        clientIdElement !== null ||
        fields.has('webSettings') ||
        buttons.has('edit') ||
        buttons.has('viewClient') ||
        buttons.has('showSecret'),
      clientIdShown: clientIdElement !== null,
      savedWebSettings: null,
    });
    const next = (step && targets[step]) || null;
    if (target !== next) target?.removeAttribute('data-lwa-next-step');
    target = next;
    if (next && step && next.getAttribute('data-lwa-next-step') !== step) next.setAttribute('data-lwa-next-step', step);
    caption.textContent = step ? say(`step_${step.replaceAll('-', '_')}`) : '';
    if (!host.isConnected) document.body.append(host);
    document.documentElement.setAttribute('data-lwa-assistant', 'ready');
    if (clientId) chrome.storage.local.set({ clientId }).catch(() => {});
    place();
  };

  // Beside their targets, by their boxes, in the frame after the look.
  const shownBeside = new Map<HTMLElement, [Element | null, 'over' | 'below' | 'right']>([
    [ring, [null, 'over']],
    [caption, [null, 'below']],
    [copyBox, [null, 'right']],
  ]);
  let placing = 0;
  const place = () => {
    shownBeside.set(ring, [target, 'over']);
    shownBeside.set(caption, [target, 'below']);
    shownBeside.set(copyBox, [clientIdElement, 'right']);
    if (!placing)
      placing = requestAnimationFrame(() => {
        placing = 0;
        for (const [el, [of, side]] of shownBeside) {
          el.hidden = !of?.isConnected;
          if (!of?.isConnected) continue;
          const box = of.getBoundingClientRect();
          const left = box.left + scrollX + (side === 'right' ? box.width + 8 : 0);
          const top = box.top + scrollY + (side === 'below' ? box.height + 4 : 0);
          el.style.left = `${Math.round(left)}px`;
          el.style.top = `${Math.round(top)}px`;
          if (side === 'over') {
            el.style.width = `${Math.round(box.width)}px`;
            el.style.height = `${Math.round(box.height)}px`;
          }
        }
      });
  };
  addEventListener('scroll', place, { passive: true });
  addEventListener('resize', place, { passive: true });

  // Looks again once per frame after the page changed (our own changes aside).
  let scheduled = 0;
  const schedule = () => {
    if (!scheduled)
      scheduled = requestAnimationFrame(() => {
        scheduled = 0;
        look();
      });
  };
  // Only a change where the page now holds something to read, or that took away what the last look found: a busy
  // page's ticker (rows of text) is not looked at again with each of its frames.
  const READ = 'input,textarea,button,a[href],label,th';
  new MutationObserver((records) => {
    for (const { target: parent } of records) {
      if (host.contains(parent) || parent === host) continue;
      const gone = (target && !target.isConnected) || (clientIdElement && !clientIdElement.isConnected);
      if (gone || (parent as Element).querySelector?.(READ)) return schedule();
    }
  }).observe(document.body, { childList: true, subtree: true });

  copyButton.addEventListener('click', () => {
    navigator.clipboard.writeText(clientId).then(
      () => {
        copied.textContent = say('copied');
        known.clientIdCopied = true;
        chrome.storage.local.set({ known }).catch(() => {});
      },
      () => {
        copied.textContent = say('copyFailed');
      },
    );
  });

  // The wrong-credential guard.
  let alert: HTMLElement | null = null;
  document.addEventListener(
    'copy',
    () => {
      const active = document.activeElement;
      const text =
        active instanceof HTMLInputElement
          ? active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0)
          : String(getSelection());
      const kind = recognizeLwaCredential(text).kind;
      alert?.remove();
      alert = null;
      if (kind !== 'app-id' && kind !== 'client-secret') return;
      alert = make(
        'div',
        { role: 'alert' },
        `${say(kind === 'app-id' ? 'guardCopiedAppId' : 'guardCopiedSecret')} ${say('guardNeedsClientId')}`,
      );
      if (clientId) {
        const instead = make('button', { type: 'button' }, say('copyClientIdInstead'));
        instead.addEventListener('click', () => copyButton.click());
        alert.append(instead);
      }
      const dismiss = make('button', { type: 'button' }, say('dismiss'));
      dismiss.addEventListener('click', () => alert?.remove());
      alert.append(dismiss);
      root.append(alert);
    },
    true,
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
      if (!verdicts.has(input)) verdicts.set(input, null);
      const id = `lwa-verdict-${[...verdicts.keys()].indexOf(input)}`;
      let el = document.getElementById(id);
      if (el) shownBeside.set(el, [verdict ? input : null, 'below']);
      if (!verdict) {
        if (el) shownBeside.delete(el);
        el?.remove();
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      } else {
        if (!el) {
          el = make('lwa-assistant-verdict', { id });
          el.style.position = 'absolute';
          host.append(el);
          shownBeside.set(el, [input, 'below']);
        }
        const p = verdict.params ?? {};
        const subs = [
          p.value ?? '',
          verdict.suggestion ?? p.suggestion ?? '',
          p.host ?? '',
          p.port ?? '',
          p.scheme ?? '',
        ];
        const sentence = say(`verdict_${verdict.code.replaceAll('-', '_')}`, subs);
        el.textContent = verdict.suggestion ? `${sentence} ${say('verdict_suggestion', subs)}` : sentence;
        el.setAttribute('data-lwa-severity', verdict.severity);
        input.setAttribute('aria-invalid', String(verdict.severity === 'error'));
        input.setAttribute('aria-describedby', id);
      }
      verdicts.set(input, verdict);
      decide();
    },
    true,
  );

  // The save guard: an entry with an error, or a required field left empty, stops the save with a way through.
  let letThrough = false;
  document.addEventListener(
    'click',
    (event) => {
      if (letThrough || !saveButton || !(event.target instanceof Node) || !saveButton.contains(event.target)) return;
      const wrong = [...verdicts].filter(([, verdict]) => verdict?.severity === 'error').map(([input]) => input);
      const empty = ['appName', 'appDescription', 'privacyUrl'].flatMap((c) =>
        (fields.get(c as FieldConcept) ?? []).filter((input) => !input.value.trim()),
      );
      const problems = [...wrong, ...empty];
      if (!problems.length) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const dialog = make('div', { role: 'alertdialog', 'aria-label': say('guardTitle') }, say('guardTitle'));
      for (const input of empty)
        dialog.append(make('p', {}, say('guardFieldEmpty', [input.getAttribute('data-lwa-field') ?? ''])));
      const fix = make('button', { type: 'button' }, say('guardFix'));
      fix.addEventListener('click', () => {
        dialog.remove();
        problems[0]?.focus();
      });
      const anyway = make('button', { type: 'button' }, say('guardSaveAnyway'));
      anyway.addEventListener('click', () => {
        dialog.remove();
        letThrough = true;
        saveButton?.click();
        letThrough = false;
      });
      dialog.append(fix, anyway);
      root.append(dialog);
    },
    true,
  );

  // The popup asks what this page shows.
  chrome.runtime.onMessage.addListener((message, _sender, answer) => {
    if (message === 'page') answer({ page, clientId, step: target?.getAttribute('data-lwa-next-step') ?? null });
  });

  look();
}
