// Runs the web-platform-tests URL corpus through the validators. A function of the validators, so an end-to-end test
// can run the same corpus in a browser and compare its verdicts with Node's.
import type { Verdict } from '../../src/core/urls';
import corpus from './wpt-urltestdata.json';

export type WptCase = { input: string; base?: string | null; failure?: boolean; href?: string };
export type WptVerdict = {
  /** What was validated: the input, or the input resolved against its base. */
  entry: string;
  resolved: boolean;
  failure: boolean;
  origin: Verdict | null;
  returnUrl: Verdict | null;
};

/** The corpus's test cases (its first line is a comment naming the WPT commit). */
export const wptCases: WptCase[] = (corpus as unknown[]).filter(
  (item): item is WptCase => typeof item === 'object' && item !== null && 'input' in item,
);

/** Every case's input as typed, plus, where it has a base, the URL it resolves to (as the parser resolves it). */
export function wptEntries(cases: WptCase[] = wptCases): { entry: string; resolved: boolean; failure: boolean }[] {
  return cases.flatMap((item) => {
    const own = { entry: item.input, resolved: false, failure: item.failure === true && !item.base };
    if (!item.base || item.failure) return [own];
    return [own, { entry: item.href ?? item.input, resolved: true, failure: false }];
  });
}

export function wptVerdicts(
  validateOrigin: (text: string) => Verdict | null,
  validateReturnUrl: (text: string) => Verdict | null,
): WptVerdict[] {
  return wptEntries().map(({ entry, resolved, failure }) => ({
    entry,
    resolved,
    failure,
    origin: validateOrigin(entry),
    returnUrl: validateReturnUrl(entry),
  }));
}
