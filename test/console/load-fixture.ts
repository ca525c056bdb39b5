// Loads a fixture page in a given state into its own happy-dom Window, running the page's own inline script (which
// renders the state named in the URL hash, skeleton and re-render included) and waiting until its timers are done.
//
// Why happy-dom runs the scripts rather than a DOM snapshot taken from Chromium: the states are then produced by the
// very code the end-to-end tests drive, with no browser needed for unit tests and nothing to regenerate when a fixture
// changes. What happy-dom lacks for visibility is two user-agent rules: `[hidden] { display: none }` (its
// `checkVisibility()` honours stylesheets and inline styles, not the attribute), and a closed <details> showing only
// its <summary> (happy-dom does not render <details>); the loader adds them, lowest in the cascade as a browser's own
// sheet would be.
import { Window } from 'happy-dom';
import { type FixturePage, fixturePath, fixtureSource, fixtureUrl } from '../fixtures/pages';

export interface LoadedFixture {
  window: Window;
  document: Document;
  close(): Promise<void>;
}

export async function loadFixture(
  page: FixturePage,
  state?: string,
  saved: { origins?: readonly string[]; returnUrls?: readonly string[] } = {},
): Promise<LoadedFixture> {
  const window = new Window({
    url: fixtureUrl(page, state, saved),
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      // The fixtures' own links and drop-down entries may set location.href: stay on the page.
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  const document = window.document as unknown as Document;
  document.write(fixtureSource(fixturePath(page.file)));
  await window.happyDOM.waitUntilComplete();
  const userAgentSheet = document.createElement('style');
  userAgentSheet.textContent = '[hidden], details:not([open]) > :not(summary) { display: none }';
  document.head.prepend(userAgentSheet);
  return { window, document, close: () => window.happyDOM.close() };
}

/** Lets the page's own timers (skeletons, re-renders) run to the end. */
export async function settle(loaded: LoadedFixture): Promise<void> {
  await loaded.window.happyDOM.waitUntilComplete();
}

/** Types into an input as a merchant would: the value, then the input event the page listens to. */
export function type(input: Element, value: string): void {
  const field = input as HTMLInputElement;
  field.value = value;
  // Composed, as a browser's own: from inside a web component's shadow root it reaches the page's listeners too.
  field.dispatchEvent(new field.ownerDocument.defaultView!.Event('input', { bubbles: true, composed: true }));
}

/** An element's accessible name, the way the fixtures give one: aria-labelledby, aria-label, text, value. */
export function nameOf(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  // Text hidden from assistive technology (a "▼" drawn beside a drop-down's text) is no part of the name.
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (
    el.getAttribute('aria-label') ??
    (copy.textContent?.trim() || (el as HTMLInputElement).value || el.getAttribute('title') || '')
  ).trim();
}
