// Types of fixtures.mjs for the tests that reuse the benchmark's pages (test/e2e/bench-counts.chromium.test.ts).
import type { BenchFixture } from './browser.mjs';

/** A benchmark page: where its HTML is in test/fixtures, and (the console-sized one) how it is wrapped. */
export interface FixtureFile extends BenchFixture {
  file: string;
  html?: (html: string) => string;
}
/** The single-page app that renders its form late, then churns hundreds of nodes per frame. */
export declare const CHURN: FixtureFile;
/** What the arms' routes serve: each fixture's real URL (without its hash) → its HTML. */
export declare function pagesOf(fixtures: readonly FixtureFile[]): Record<string, string>;
