// The messages between the content script, the popup and the background. The popup learns what the active tab shows
// by asking that tab's content script (never from the tab's URL: it has no `tabs` permission to read it).

/** What the content script recognised on its page, for the popup's "This page" section and the badge. */
export interface PageReport {
  console: string;
  page: string;
  region: 'NA' | 'EU' | 'FE' | null;
  /** The `data-lwa-field` names found on the page right now. */
  fields: string[];
  /** The current `data-lwa-next-step`, or null when nothing is left to do on this page. */
  nextStep: string | null;
  /** Steps of the setup still open for this page's region (drives the toolbar badge). */
  stepsLeft: number;
  /** Features that threw while starting or running. */
  failures: string[];
}

export type Request = { type: 'lwa:page-report' };

/** Sent by the content script to the background whenever its report changes. */
export type Notice = { type: 'lwa:report'; report: PageReport };

export function isRequest(message: unknown): message is Request {
  return typeof message === 'object' && message !== null && (message as Request).type === 'lwa:page-report';
}

export function isNotice(message: unknown): message is Notice {
  return typeof message === 'object' && message !== null && (message as Notice).type === 'lwa:report';
}
