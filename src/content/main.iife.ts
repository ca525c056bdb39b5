// The content script's entry, bundled as one classic file (no loader, no web_accessible_resources: a page could probe
// those to detect the extension). It decides from the URL whether this is a console page; on any other page it adds
// nothing at all (dom-contract: Page state).
import { classifyConsoleUrl } from '../core/consoles';
import { clientIdFeature } from './features/client-id';
import { copyGuard } from './features/copy-guard';
import { fields } from './features/fields';
import { nextStepFeature } from './features/next-step';
import { progressFeature } from './features/progress';
import { saveGuard } from './features/save-guard';
import { urlValidation } from './features/url-validation';
import { takeReadAhead } from './read-ahead';
import { startAssistant } from './session';

const page = classifyConsoleUrl(location.href);
if (!page) takeReadAhead()?.().catch(() => {});
// The first look in a task of its own: compiling this script and setting up its tables (the labels of six languages)
// take the task the browser runs it in, reading the page the next one, each about half of what they took together —
// the page's input and frames can come in between (bench/ab.mjs, session 15: the extension's longest task 33 → 16 ms
// on the Amazon Pay home, 42 → 26 ms on the console-sized page), and the next step is shown as soon.
else
  setTimeout(() =>
    startAssistant(
      page,
      [nextStepFeature],
      [fields, progressFeature, clientIdFeature, copyGuard, urlValidation, saveGuard],
    ),
  );
