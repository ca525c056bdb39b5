import type { ConsolePage } from '../core/consoles';
import { isRequest, type Notice, type PageReport } from '../platform/messages';
import { ext, extensionAlive } from '../platform/native';

const READY_ATTRIBUTE = 'data-lwa-assistant';
// A second instance (Firefox injects the new version into open tabs after an update) announces itself with this
// event; the first removes everything it added and stops (dom-contract: Page state).
const TAKEOVER_EVENT = 'lwa-assistant:takeover';

/** What a feature gets: its signal ends with the page session; `report` lets it add to the popup's diagnostics. */
export interface FeatureContext {
  signal: AbortSignal;
  page: ConsolePage;
}

export interface Feature {
  name: string;
  init(signal: AbortSignal, context: FeatureContext): void;
}

/** Starts every feature under one AbortController; a feature that throws is reported and the others go on. */
export function startAssistant(page: ConsolePage, features: Feature[] = []): AbortController {
  const controller = new AbortController();
  const { signal } = controller;
  const failures: string[] = [];

  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  document.addEventListener(TAKEOVER_EVENT, () => controller.abort(), { signal });

  const html = document.documentElement;
  html.setAttribute(READY_ATTRIBUTE, 'ready');
  signal.addEventListener('abort', () => html.removeAttribute(READY_ATTRIBUTE), { once: true });

  const report = (): PageReport => ({
    console: page.console,
    page: page.page,
    region: page.region,
    fields: [
      ...new Set(
        [...document.querySelectorAll('[data-lwa-field]')].map((el) => el.getAttribute('data-lwa-field') ?? ''),
      ),
    ],
    nextStep: document.querySelector('[data-lwa-next-step]')?.getAttribute('data-lwa-next-step') ?? null,
    stepsLeft: 0,
    failures,
  });

  const onMessage = (message: unknown, _sender: unknown, respond: (answer: PageReport) => void) => {
    if (!isRequest(message)) return;
    respond(report());
  };
  ext.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    if (extensionAlive()) ext.runtime.onMessage.removeListener(onMessage);
  });

  for (const feature of features) {
    try {
      feature.init(signal, { signal, page });
    } catch (error) {
      failures.push(feature.name);
      console.error(`[LwA assistant] ${feature.name} failed`, error);
    }
  }

  const notice: Notice = { type: 'lwa:report', report: report() };
  ext.runtime.sendMessage(notice).catch(() => {});
  return controller;
}
