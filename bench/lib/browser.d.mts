// Types for browser.mjs, so the end-to-end count test can share the benchmark's measuring code.
import type { BrowserContext } from 'playwright-core';

export type ArmName = 'none' | 'empty' | 'extension';
export declare const ARMS: ArmName[];
export declare const CHROMIUM_ARGS: string[];
export declare const CHURN_SETTLED_MS: number;
export interface Arm {
  arm: ArmName;
  context: BrowserContext;
  refused: string[];
  close(): Promise<void>;
}
export interface BenchFixture {
  id: string;
  url: string;
  settleMs: number;
  expectAssistant: boolean;
  waitForMark?: string;
  typing?: { selector: string; text: string; delayMs: number };
}
/** The churning page's figures (fixtures with a `bench:churn-start` mark). */
export interface ChurnSample {
  frames: number;
  formToHighlightMs: number | null;
  /** The extension's work while the page churned (trace): its calls by place in the script among them. */
  during: { wallMs: number; byCallback: { callback: string; calls: number; wallMs: number }[] } | null;
  mainThreadMs: number | null;
  mainThreadSettledMs: number | null;
  maxOneCallbackPerFrame: number | null;
  frameCallbacksPerFrame: number | null;
  otherCallbacksPerFrame: number | null;
}
export interface LoadSample {
  arm: ArmName;
  fixture: string;
  throttle: number;
  scriptMs: number;
  taskMs: number;
  layouts: number;
  styleRecalcs: number;
  listeners: number;
  nodes: number;
  documents: number;
  heapUsed: number;
  assistant: string | null;
  nextStep: string | null;
  contractWrites: number;
  churn: ChurnSample | null;
}
export declare function chromiumPath(): string;
export declare function launchArm(
  arm: ArmName,
  options: { root: string; extensionDir: string; emptyDir: string; pages: Record<string, string> },
): Promise<Arm>;
export declare function measureLoad(
  arm: Arm,
  fixture: BenchFixture,
  options: { throttle: number },
): Promise<LoadSample>;
export declare function readHtml(path: string): string;
