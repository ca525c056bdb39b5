// The shop's address as the merchant knows it ("shop.example.fr/checkout") → the allowed JavaScript origins to
// register and the return URL for that page. Every value offered is one the core's own validators accept, so the
// popup never suggests what the console check would then flag.
import { isPublicSuffix, type Verdict, validateOrigin, validateReturnUrl } from '../core/urls';

export interface Entry {
  value: string;
  verdict: Verdict;
}

export interface ShopAddress {
  /** The shop's origin first, then its www. / bare-domain counterpart when there is one. */
  origins: Entry[];
  /** The typed page as a return URL, when a page (path or query) was typed. */
  returnUrl: Entry | null;
  /** Why nothing could be derived, when the address cannot be made valid. */
  problem: Verdict | null;
}

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The address as the browser writes it, https unless it is a local test host, without fragment (and, for an origin,
 * without path). The core offers a corrected entry only when it has no warning at all; a shop on a custom port or a
 * return page with a query still needs one.
 */
function normalised(text: string, forOrigin: boolean): string | undefined {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`);
    if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) url.protocol = 'https:';
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return forOrigin ? url.origin : url.origin + url.pathname + url.search;
  } catch {
    return undefined;
  }
}

/** The core's correction, else the normalised address, else the text as typed: the first the core does not reject. */
function usable(text: string, validate: (text: string) => Verdict | null, forOrigin: boolean): Entry | Verdict | null {
  const verdict = validate(text);
  if (!verdict) return null;
  const candidates = [verdict.suggestion, normalised(text, forOrigin), verdict.severity === 'error' ? undefined : text];
  for (const value of candidates) {
    // Re-validated: a suggestion carries no warning of its own, the others may (custom port, localhost, a query).
    const checked = value === undefined ? null : validate(value);
    if (value !== undefined && checked && checked.severity !== 'error') return { value, verdict: checked };
  }
  return verdict;
}

const isEntry = (found: Entry | Verdict | null): found is Entry => found !== null && 'value' in found;

// domain-facts: "When unsure, list both www. and the bare domain (Shopware FAQ)". The merchant typed the one they know;
// the other is offered for shops that answer on both, whatever the depth of the host.
function counterpart(origin: string): string | null {
  const url = new URL(origin);
  const host = url.hostname;
  if (IPV4.test(host) || host.startsWith('[') || !host.includes('.')) return null;
  const other = host.startsWith('www.') ? host.slice(4) : `www.${host}`;
  if (isPublicSuffix(other)) return null;
  return `${url.protocol}//${other}${url.port ? `:${url.port}` : ''}`;
}

export function shopAddress(text: string): ShopAddress | null {
  const typed = text.trim();
  if (typed === '') return null;
  // An origin may end with "/" (Amazon's own docs write it so); the shop's origin is offered without it, as the
  // browser writes it.
  const found = usable(typed, validateOrigin, true);
  if (!isEntry(found)) return { origins: [], returnUrl: null, problem: found };
  const origin = { ...found, value: found.value.replace(/\/$/, '') };
  const origins = [origin];
  const other = counterpart(origin.value);
  const otherEntry = other ? usable(other, validateOrigin, true) : null;
  if (isEntry(otherEntry)) origins.push(otherEntry);

  let returnUrl: Entry | null = null;
  const page = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*([/?][^#]*)/i.exec(typed)?.[1] ?? '';
  if (page !== '' && page !== '/') {
    const entry = usable(typed, validateReturnUrl, false);
    if (isEntry(entry)) returnUrl = entry;
  }
  return { origins, returnUrl, problem: null };
}
