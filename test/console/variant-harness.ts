// What the variant pages go through (variants.test.ts, variants-sweep*.test.ts): the page loaded in happy-dom with
// its own script, collect() → classify() → nextStep() as the content script runs them, and (expectContract, for the
// sweeps) the dom-contract's rules for fields, which hold on any console page (exactly one element per value, never
// on an action, entries on inputs…).
import { afterEach, describe, expect, test } from 'vitest';
import { classify, type FieldName, type PageModel } from '../../src/console/classify';
import { collect } from '../../src/console/collect';
import { normalizeLabel } from '../../src/console/labels';
import { type ConsoleKind, classifyConsoleUrl } from '../../src/core/consoles';
import { recognizeLwaCredential } from '../../src/core/credentials';
import { type Known, nextStep, type PageState, type StepId } from '../../src/core/steps';
import type { FixtureConsole, FixturePage } from '../fixtures/pages';
import { type LoadedFixture, loadFixture, type } from './load-fixture';

export const NOTHING: Known = { clientIdCopied: false, webSettingsSaved: false };
export const COPIED: Known = { clientIdCopied: true, webSettingsSaved: false };
export const DONE: Known = { clientIdCopied: true, webSettingsSaved: true };

/** A loader whose pages are closed after each test of the file that calls it (at its top level). */
export function fixtureLoader(): (page: FixturePage) => Promise<Document> {
  let open: LoadedFixture[] = [];
  afterEach(async () => {
    await Promise.all(open.map((loaded) => loaded.close()));
    open = [];
  });
  return async (page) => {
    const loaded = await loadFixture(page);
    open.push(loaded);
    return loaded.document;
  };
}

export const look = (doc: Document) => classify(collect(doc));
// The content script tells the Amazon Pay home from the URL (src/content/features/next-step.ts): so does the harness.
export const stepOn = (page: FixturePage, model: PageModel, known: Known = NOTHING) =>
  nextStep(known, { ...model.state, amazonPayHome: page.console === 'amazon-pay-home' });
/** The step on a page that is not the Amazon Pay home. */
export const stepOffHome = (model: PageModel, known: Known = NOTHING) =>
  nextStep(known, { ...model.state, amazonPayHome: false });
/**
 * A page looked at once, with the id of the element each step points at (nothing known, the client ID copied, the Web
 * Settings saved; "?" for an element without an id): a sweep's targeted tests load each page once.
 */
export async function lookAt(
  page: FixturePage,
  load: (page: FixturePage) => Promise<Document>,
): Promise<{ model: PageModel; targetIds: (string | null)[]; doc: Document }> {
  const doc = await load(page);
  const model = look(doc);
  const targetIds = [NOTHING, COPIED, DONE].map((known) => {
    const step = stepOn(page, model, known);
    return step ? model.targets[step]?.id || '?' : null;
  });
  return { model, targetIds, doc };
}

export const visible = (model: PageModel, name: FieldName) => model.fields.filter((f) => f.name === name && f.visible);
/** The ids of the shown elements that carry a mark. */
export const ids = (model: PageModel, name: FieldName) => visible(model, name).map((f) => f.element.id);
export const sameLabel = (a: string, b: string | undefined) => normalizeLabel(a) === normalizeLabel(b ?? '\u0000');
/** The marks the page would carry: data-lwa-field name → how many elements (only visible fields are marked). */
export const marks = (model: PageModel) => {
  const count: Partial<Record<FieldName, number>> = {};
  for (const f of model.fields) if (f.visible) count[f.name] = (count[f.name] ?? 0) + 1;
  return count;
};
export const shownText = (el: Element) =>
  el.matches('input,textarea') ? (el as HTMLInputElement).value.trim() : (el.textContent ?? '').trim();

// The console each fixture's URL must be recognised as (dom-contract: "On a page it does not recognise it adds
// nothing at all" — so every page here must be recognised first).
const CONSOLE_OF_URL: Record<FixtureConsole, ConsoleKind | null> = {
  'amazon-pay-home': 'amazon-pay',
  'legacy-lwa': 'seller-central-lwa',
  'integration-central': 'integration-central',
  'developer-console': 'developer-console',
  unrecognised: null,
};

/**
 * The table-driven part of a sweep, at a test file's top level: its table covers every page of the catalogue, and
 * each page meets its expectation (expectContract).
 */
export function describeEveryPage(
  title: string,
  pages: readonly FixturePage[],
  expected: Record<string, Expect>,
  load: (page: FixturePage) => Promise<Document>,
): void {
  describe(title, () => {
    test('the table covers every page', () => {
      expect(Object.keys(expected).sort()).toEqual(pages.map((page) => page.file).sort());
    });

    test.each(pages.map((page) => ({ file: page.file, models: page.models, page })))(
      '$file — $models',
      async ({ file, page }) => {
        expectContract(page, look(await load(page)), expected[file] as Expect);
      },
    );
  });
}

/** Types each required detail in turn where the next step points, and returns the field names in that order. */
export function fillDetails(page: FixturePage, document: Document, values: string[]): string[] {
  const order: string[] = [];
  for (const value of values) {
    const model = look(document);
    expect(stepOn(page, model)).toBe('fill-app-details');
    const target = model.targets['fill-app-details'] as Element;
    order.push(model.fields.find((f) => f.element === target)?.name ?? '?');
    type(target, value);
  }
  return order;
}

export interface Expect {
  /** Each data-lwa-field and how many elements carry it. */
  marks: Partial<Record<FieldName, number>>;
  state: Partial<Omit<PageState, 'amazonPayHome' | 'available'>>;
  /** The step with nothing known, with the client ID copied, with the Web Settings saved too. */
  steps: [StepId | null, StepId | null, StepId | null];
  /** What the marked client secret's element shows. */
  secret?: RegExp;
}

/** The page's expected marks, state and steps, and the contract's rules for fields; every failure at once (soft). */
export function expectContract(page: FixturePage, model: PageModel, expected: Expect): void {
  expect.soft(classifyConsoleUrl(page.url)?.console ?? null, 'console of the URL').toBe(CONSOLE_OF_URL[page.console]);
  expect.soft(marks(model), 'data-lwa-field marks').toEqual(expected.marks);
  expect.soft(model.state, 'page state').toMatchObject(expected.state);
  const steps = [NOTHING, COPIED, DONE].map((known) => stepOn(page, model, known));
  expect.soft(steps, 'next steps').toEqual(expected.steps);
  for (const next of steps) if (next) expect.soft(model.targets[next], `${next} has an element`).toBeDefined();

  // Exactly one element per value, never a control of ours or of the page's (a "?" link, a Copy or Show button).
  const shown = model.fields.filter((f) => f.visible);
  expect.soft(new Set(shown.map((f) => f.element)).size, 'one field per element').toBe(shown.length);
  for (const f of shown) {
    expect.soft(f.element.matches('button,a,[role=button]'), `${f.name} on an action`).toBe(false);
  }
  const single = shown.filter((f) => f.name !== 'allowed-origin' && f.name !== 'allowed-return-url');
  const keys = single.map((f) => `${f.name}\u0000${f.value || f.element.textContent}`);
  expect.soft(new Set(keys).size, 'one element per value').toBe(keys.length);

  for (const f of shown.filter((f) => f.name === 'client-id' || f.name === 'app-id')) {
    expect.soft(recognizeLwaCredential(f.value).kind).toBe(f.name);
    expect.soft(shownText(f.element)).toContain(f.value);
    expect.soft([...f.element.children].some((child) => child.textContent?.includes(f.value))).toBe(false);
  }
  if (page.ids.clientId) {
    expect
      .soft(
        visible(model, 'client-id').map((f) => f.value),
        'the client ID',
      )
      .toEqual([page.ids.clientId]);
    expect.soft(model.clientId, 'the page’s client ID').toBe(page.ids.clientId);
  }
  if (page.ids.appId) expect.soft(visible(model, 'app-id').map((f) => f.value)).toEqual([page.ids.appId]);
  // The secret: on the element showing it (or its mask), never on the client ID, a URL or another field's label.
  for (const f of visible(model, 'client-secret')) {
    const text = (f.element.textContent ?? '').trim();
    expect.soft(text, 'client-secret element').not.toMatch(/amzn1\.application|https?:\/\//);
    if (expected.secret) expect.soft(text, 'client-secret element text').toMatch(expected.secret);
  }
  for (const f of [...visible(model, 'allowed-origin'), ...visible(model, 'allowed-return-url')]) {
    expect.soft(f.element.matches('input,textarea'), `${f.name} on an input`).toBe(true);
  }
  // The copy step on the page's client ID: of several shown, the chosen one (a selected row, a modal dialog's).
  if (model.targets['copy-client-id']) {
    expect
      .soft(model.targets['copy-client-id'])
      .toBe(visible(model, 'client-id').find((f) => f.value === model.clientId)?.element);
  }
}
