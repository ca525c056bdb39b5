// Gzipped sizes of what the built extension ships, per part: every content script the manifest injects, the popup's
// JavaScript (its <script type=module> and every chunk that imports statically), the background. Shared by
// `npm run bench` and test/build/sizes.test.ts, so the budget is checked the same way in both.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** All content scripts together, gzipped (stretch: 6 KB): the target, which the bench reports. */
  contentScripts: 8 * 1024,
  contentScriptsStretch: 6 * 1024,
  /**
   * What `npm test` holds the content scripts to: today's size plus a little room. The 8 KB target is missed (see
   * the README's figures: the six languages' labels, the URL rules and the DOM adapter are most of it), so CI guards
   * against growth instead, and the bench keeps reporting the miss until the code meets the target. Raised from 18 to
   * 19 KB in session 2 for code that made page loads cheaper (sentences from storage, one layout, a cheaper observer),
   * and to 19.5 KB in session 4, again for cheaper loads (the first look during the storage read, the walk that skips
   * texts without a label's word, the cache of button texts: 19,458 B at that point), and to 20.5 KB in session 5
   * for the console shapes two sweeps of new variant pages found the adapter missing (test/fixtures/variants-sweep*:
   * deep design-system wrappers, role=group lists, table rows added by "Add another", hidden popover or icon text in
   * labels, spaced Japanese labels, the Amazon Pay home's drop-down behind a stand-in, the gear of the profile whose
   * client ID is shown, verdicts for a list box of one address per line…) and for cheaper typing (room for a verdict
   * asked once, no page walk when an entry is filled): 20,877 B at that point. Raised to 22.5 KB in session 6 for
   * pages built from web components (Seller Central's Katal elements keep their text and inputs in open shadow roots,
   * which a look at the page's own tree never saw: +~0.7 KB) and for the shapes a third sweep found missed (labels
   * after their input, several ids in aria-labelledby, a list's column in a table, entries as "chips", an error
   * message in an added row: +~0.45 KB) and a review's fixes of both (slots in page order and in labels and buttons,
   * a section heading in aria-labelledby, colspans, example addresses beside a list, the placement beside a full-width
   * entry): 22,648 B at that point. Raised to 23 KB in session 8 for a quicker highlight: the session's storage read
   * started at document_start by a script of its own (read-ahead.iife.ts, 0.33 KB), so that its answer is there when
   * the page has been read (start → next step 4–8 ms sooner, instrumented marks): 23,424 B at that point. Raised to
   * 23.1 KB in session 10 for the next step on an application's edit form whose Web Settings section is collapsed
   * (opening it, not the form's Save) and a review's guards of it (only the form's own section, never an open
   * section's "−", a create form is no application): 23,603 B at that point, after the session's one saving (a
   * button's concept computed once, in the look, instead of again in classify and forms.ts: −36 B). Raised to
   * 23.4 KB in session 11 for two costs a console page no longer pays: the host put in the body only with its first
   * placement (one style recalculation less per load, inUi() for the features meanwhile) and a busy widget's changes
   * read once per 200 ms instead of every frame (the churning page's extension time during the churn 59 → 43 ms):
   * 23,851 B at that point; 23,903 B after a review of it (a pending read taken by flush(), a component at a feed's end,
   * a dead instance's mark inside a shadow root swept). Raised to 23.8 KB in session 13 for four console shapes a
   * fourth sweep of variant pages found the adapter missing (test/fixtures/variants-sweep4): values after a column of
   * labels, an entry named "Entrada 1" inside a fieldset whose legend names the list, a "+" toggle named "Expand", an
   * aria-hidden icon before a button's text: 24,185 B, then 24,277 B with the limits two reviews of them asked for
   * (no section title or text between the labels of a column, no action as a value; only numbered entries; only a
   * short one-word name over a "+"; the aria-hidden reading only without a name). Raised to 24.1 KB in session 14 for
   * the shapes a fifth sweep found missed (test/fixtures/variants-sweep5): a column of labels with "?" links and line
   * breaks beside a column of values, a column-flow grid with its last value left out, two "+" named "Expand" in one
   * card, chips between an entry's label and its input, the French " :" in an element of its own, a view switch of
   * radio buttons, Japanese names written with a middle dot ("セキュリティ・プロファイル名"); and never a label taken
   * for the value of the label before it: 24,472 B. Then to 24.5 KB for the limits a review of those rules asked for
   * (test/fixtures/adapter-edges-sweep5): each value taken by position fits its label (the IDs, the secret's mask,
   * origins without a path), an empty line keeps its place, a "****" mask is no required mark, a row ending with its
   * colon has no value, chips above an input only up to its own label and each with a remove button, radio buttons
   * only as a view switch, a "・" bullet is no label; and a cell holding only a "Show" button shows no secret: 24,948 B.
   * Then to 24.8 KB for the shapes a sixth sweep found missed (test/fixtures/variants-sweep6): a caption under its
   * value, a view menu folded in a <details>, a length limit in brackets in a label, entries named "Origine 1" under
   * the list's label, a "Web Settings" tab not selected, saved addresses in read-only inputs, the register button in
   * Spanish and Italian: 25,230 B. Then to 25 KB for a seventh sweep (test/fixtures/variants-sweep7: a help panel's
   * field names in sentences and its example addresses, a list's name inside its accordion button, a list of client
   * IDs with one row selected) and the limits a review of the sixth sweep's rules asked for (a numbered entry takes
   * only the list label right above it, a caption's value only when it is addresses alone, a <details> only as a
   * menu naming a view, read-only addresses counted while editing and only when shown): 25,448 B. Then to 25.3 KB
   * for the limits a review of the seventh sweep's rules asked for (a remark ending a label's row is no sentence,
   * only an accordion's button shows its panel as the value, an example only before any address, only a selected
   * row of a single-select table is a choice, nested numbered entries under their list's heading): 25,650 B.
   * Then to 25.7 KB for session 15: the three shapes session 14 left alone and those a review of their fixes found (a
   * secret's mask inside a panel with a note, a "+" flat in a card or wrapped twice, example words' short forms and an
   * example introduced right before its address), and pages that change after load (test/e2e/variants-dynamic: names
   * set by aria-label, fields filled through their value property, a Web Settings tab's lists, our host put back
   * after a framework clears the body): 26,215 B. Then to 25.9 KB for a second sweep of such pages (Web Settings in a
   * component of their own beside IDs in the page's tree) and the limits a review of them asked for (the lists count
   * as an application only with their Edit, their tab or a saved address; a help drawer's sample addresses are not
   * saved; a timer's aria-label is no reason to look again): 26,428 B. Then to 27 KB in session 16: our elements
   * placed clear of the console's controls and of each other (the findings about the lists hid the Save button and
   * "Add another" on all three Web Settings pages; a caption under a button covered the links below it), and the
   * shapes an eighth sweep found missed (test/fixtures/variants-sweep8: a tooltip beside a label, a hint in brackets
   * after a list's name, "Save and continue", tokens in a box with their entry field): 27,570 B. Then to 27.1 KB for
   * a ninth sweep (test/fixtures/variants-sweep9: every application folded, a count set apart after a list's name,
   * the German legacy console's Register, inferred): 27,666 B. Then to 27.3 KB for the limits a review of session
   * 16's rules asked for (a guessed Save only as the Save word and where the form goes next, a bracketed hint only
   * about how to type the list, a token only with a button that removes it, a hidden element beside a label skipped
   * only when it shows no ID or address; an entry's verdict placed as before): 27,867 B. Then to 27.4 KB: a folded
   * application's "Show" only beside a hidden ID, and the guessed Save's expression asked only of texts that start with
   * a Save word (-44 KB of heap): 27,982 B. Then to 27.6 KB in session 17 for the shapes a tenth sweep found missed
   * (test/fixtures/variants-sweep10: saved lists in <div> tables with ARIA roles, entries in a <fieldset disabled>
   * read as saved, a numbered entry in a fieldset named for the whole section, the singular list names, "URL de
   * retour autorisées", "Show Client ID"): 28,226 B. Then to 27.8 KB for the limits review 20 asked of them (a
   * disabled entry is saved only where no Save is shown, a singular list name never names saved addresses, a "Show
   * Client ID" link to another page reveals nothing, a table of applications by name and a nested table's rows are
   * no list's column, a role=columnheader outside a header row has its value beside it; a row header in a list's
   * column is one of its addresses): 28,367 B. Then to 28 KB in session 20: a busy widget's box watched by a
   * ResizeObserver, so that its rows changing inside a box of the same size place none of our elements (the
   * extension's script on the churning bench page from 250 ms into the churn 16.2 → 12.6 ms, bench/ab.mjs, 11 loads
   * a side): 28,578 B; with a review's fixes (a widget taken out of the page, or left without a box, no longer
   * watched by size): 28,632 B. Then to 28.5 KB in session 22 for the shapes an eleventh and twelfth sweep found
   * missed (test/fixtures/variants-sweep11, -sweep12: an ID drawn in pieces, an ID repeated in a "copied" toast, a
   * view menu rendered only when opened, a screen reader's copy of a label inside its value, the "Show" word with
   * the secret's name in any language, " - optional" after a label, Japanese names broken at <wbr>s, a label or a
   * Save holding hidden text, a Save in each entry's row): 29,042 B. Then to 28.75 KB for the limits a review of them
   * asked for (a reveal only as the Show word with the IDs' names, not "hide" or a help link's sentence; a hidden
   * menu entry read as before; the view button only while no menu of its own is in the page; an empty cloned row no
   * changed entry; an ID's key in an element after the prefix's text; "- optional:" and "- 任意"): 29,249 B; 29,254 B
   * with a list's name repeated inside its value compared normalised. Then to 29 KB in session 23 for a row's own Save
   * found by the entry typed in last (a React console keeps each value attribute equal to its value): 29,334 B; and
   * for the shapes a thirteenth sweep found missed (test/fixtures/variants-sweep13: a required mark's offscreen words
   * "champ obligatoire", a 必須 badge before the name, a list's description line linked by aria-describedby between
   * its name and its entries, an input component's generic aria-label under a <label for> naming the field, an icon
   * "+" named "Añadir URL de retorno"): 29,492 B. Then to 29.25 KB for the shapes a fourteenth sweep found missed
   * (test/fixtures/variants-sweep14: a row's Edit in a "⋮" menu, "Modifier" followed by offscreen words naming the
   * row, a client ID truncated in the middle, the client ID also as the last crumb of a breadcrumb, a profile's "⋮"
   * holding "Show Client ID and Client Secret" on a page with no ID yet, an inert carousel slide's link): 29,704 B;
   * 29,896 B with the limits a review of both sweeps asked for (test/console/review-session23.test.ts). Then to
   * 29.75 KB for the shapes a fifteenth and sixteenth sweep found missed (test/fixtures/variants-sweep15, -sweep16: a
   * console's error under an entry naming the other list, a third list of its own ("Webhook URLs") in the same form,
   * an entry prefilled with "https://" alone, a Save disabled until something changes on a form left open after
   * saving, "Salva" named "Salva impostazioni Web", "変更を保存する"; a new client ID in a modal dialog over the list,
   * the current secret in a table beside an expired one, a guide's sentence quoting the client ID, the French
   * "Identifiant client / ID Store"): 30,211 B. Then to 30 KB for a review of those (review 70: messages only what
   * an entry names, a <label> only of another control, a disabled Save as saved only on an untouched valid form, a
   * modal chosen only with a secret, the secrets' row that can be shown), the wordings an eighteenth sweep found
   * missed (test/fixtures/variants-sweep18: "(s)", hyphenated German, Italian and French articles, the Spanish
   * developer console's "Orígenes permitidos", "…を表示する") and the pages a seventeenth found fooling the assistant
   * (test/fixtures/variants-sweep17: a deleted application struck through, a list still loading): 30,546 B; with a
   * review's limits of them (review 73) and the sample-card rule taken out: 30,505 B; 30,523 B with the typing fix;
   * 30,559 B with no look on the first key into another entry where the form has one Save (session 24).
   */
  contentScriptsGate: 30 * 1024,
  popupJs: 15 * 1024,
};

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// Static imports in minified ES output: `import{x}from"./a.js"`, `import"./a.js"`, `export*from"./a.js"`.
const IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

/** A module and every module it imports statically, as paths relative to `dist`. */
function withImports(dist, entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = readFileSync(join(dist, path), 'utf8');
    for (const [, spec] of source.matchAll(IMPORT)) {
      const target = spec.startsWith('/') ? spec.slice(1) : normalize(join(dirname(path), spec));
      if (existsSync(join(dist, target))) visit(relative(dist, join(dist, target)));
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * @param {string} dist a built extension folder (dist/chrome)
 * @returns {{ files: { part: string, file: string, bytes: number, gzip: number }[],
 *   totals: { contentScripts: number, popupJs: number, background: number } }}
 */
export function measureSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const files = [];
  const add = (part, file) => {
    if (files.some((f) => f.part === part && f.file === file)) return;
    files.push({ part, file, bytes: readFileSync(join(dist, file)).length, gzip: gzipped(join(dist, file)) });
  };
  for (const script of manifest.content_scripts ?? []) for (const file of script.js ?? []) add('content', file);
  const popup = manifest.action?.default_popup;
  if (popup) {
    const html = readFileSync(join(dist, popup), 'utf8');
    for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
      const entry = src.startsWith('/') ? src.slice(1) : normalize(join(dirname(popup), src));
      for (const file of withImports(dist, entry)) add('popup', file);
    }
  }
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) for (const file of withImports(dist, background)) add('background', file);
  const total = (part) => files.filter((f) => f.part === part).reduce((sum, f) => sum + f.gzip, 0);
  return {
    files,
    totals: { contentScripts: total('content'), popupJs: total('popup'), background: total('background') },
  };
}
