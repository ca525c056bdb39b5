// Checks the entries of "Allowed JavaScript Origins" and "Allowed Return URLs" one by one, and the two lists together.
// Pure: the WHATWG `URL` parser is the only dependency, so Node and the browsers give the same verdicts.

export type Severity = 'ok' | 'warning' | 'error';
/** Params are always strings and only these names: the UI passes them as substitutions $1…$5 in this order. */
export type VerdictParams = Partial<Record<'value' | 'suggestion' | 'host' | 'port' | 'scheme', string>>;
export type Verdict = { severity: Severity; code: string; params?: VerdictParams; suggestion?: string };
export type Finding = { code: string; severity: 'warning'; values: string[] };
export type WebSettings = { origins: string[]; returnUrls: string[] };
export type WebSettingsReport = { origins: (Verdict | null)[]; returnUrls: (Verdict | null)[]; findings: Finding[] };

// Most severe first: an entry gets the verdict of the first of its problems in this order.
const ERRORS = [
  'whitespace',
  'wildcard',
  'missing-scheme',
  'bad-scheme',
  'invalid-url',
  'userinfo',
  'http',
  'default-port',
  'origin-path',
  'origin-query',
  'fragment',
] as const;
const WARNINGS = [
  'localhost-http',
  'no-registrable-domain',
  'ip-address',
  'custom-port',
  'return-query',
  'return-no-path',
  'idn',
  'host-case',
  'not-canonical',
  'spaces',
] as const;
type Problem = (typeof ERRORS)[number] | (typeof WARNINGS)[number];

export const VERDICT_CODES = ['ok', ...ERRORS, ...WARNINGS] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];
export const ORIGIN_CODES: readonly VerdictCode[] = /* @__PURE__ */ VERDICT_CODES.filter(
  (c) => !c.startsWith('return-'),
);
export const RETURN_URL_CODES: readonly VerdictCode[] = /* @__PURE__ */ VERDICT_CODES.filter(
  (c) => !c.startsWith('origin-'),
);
export const FINDING_CODES = [
  'duplicate-origin',
  'duplicate-return-url',
  'return-url-origin-missing',
  'www-pair-missing',
  'localhost-entries',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

// Far longer than any real entry; caps the work done on a pasted page.
const MAX_ENTRY = 4096;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/;
const INVISIBLE_ALL = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/g;
// scheme://authority rest, split the way the WHATWG parser does for http(s) (a backslash ends the authority too).
const RAW = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\\]*)([\s\S]*)$/i;
const HOST_PORT = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

// domain-facts: Rules for origins and return URLs: "http only for localhost (sandbox)"; `http://127.0.0.1` was
// suggested by Amazon staff for local tests.
const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

// Second-level public suffixes under the ccTLDs of Amazon's markets (ICANN section of the public-suffix list, checked
// against tldts in test/core/urls.test.ts). Other two-letter TLDs get the usual co/com/net/org/gov/edu/ac; the full
// list (50 KB gzipped) does not fit the content-script budget.
const MARKET_SUFFIXES: Record<string, string> = Object.fromEntries(
  'fr:com,gouv,nom,asso,tm uk:co,net,org,gov,ac,ltd,plc,sch,me,nhs,police it:co,gov,edu,or,go,me es:com,org,edu,gob,nom jp:co,ac,or,ne,go,ad,ed,gr,lg au:com,net,org,gov,edu,id,asn mx:com,net,org,edu,gob in:co,com,net,org,gov,edu,ac,mil,me,gen,firm,ind,res,info,biz se:org,ac,tm pl:com,net,org,gov,edu,nom,mil,info,biz,tm be:ac br:com,net,org,gov,edu,nom,mil,ind,med tr:com,net,org,gov,edu,mil,gen,info,biz ae:co,net,org,gov,ac,sch,mil sa:com,net,org,gov,edu,sch,med,pub sg:com,net,org,gov,edu eg:com,net,org,gov,edu,ac,mil,me,sci,info ie:gov de: ca: nl: cn:com,net,org,gov,edu,ac,mil'
    .split(' ')
    .map((entry) => {
      const [tld = '', slds = ''] = entry.split(':');
      return [tld, `,${slds},`];
    }),
);

/** True when a host has no registrable domain: a single label, a bare TLD or a known second-level public suffix. */
export function isPublicSuffix(host: string): boolean {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length === 1) return true;
  if (labels.length !== 2) return false;
  const [sld = '', tld = ''] = labels;
  const known = MARKET_SUFFIXES[tld] ?? (/^[a-z]{2}$/.test(tld) ? ',co,com,net,org,gov,edu,ac,' : ',');
  return known.includes(`,${sld},`);
}

type Parsed = {
  problems: Set<Problem>;
  host?: string;
  port?: string;
  scheme?: string;
};

/** RFC 3492 punycode decoding of one label's tail (after "xn--"); null when it is not valid punycode. */
function punycode(input: string): string | null {
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const delimiter = input.lastIndexOf('-');
  const output = delimiter > 0 ? [...input.slice(0, delimiter)].map((c) => c.charCodeAt(0)) : [];
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let pos = delimiter > 0 ? delimiter + 1 : 0; pos < input.length; ) {
    const before = i;
    for (let k = base, w = 1; ; k += base) {
      const c = input.charCodeAt(pos++);
      const digit = c >= 48 && c <= 57 ? c - 22 : c >= 97 && c <= 122 ? c - 97 : base;
      if (Number.isNaN(c) || digit >= base) return null;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (i > 0x10ffff * 64) return null;
    }
    const length = output.length + 1;
    let delta = before === 0 ? Math.floor((i - before) / 700) : (i - before) >> 1;
    delta += Math.floor(delta / length);
    let k = 0;
    for (; delta > 455; k += base) delta = Math.floor(delta / 35);
    bias = k + Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/**
 * A host label in its ASCII form: an "xn--" label must decode to a non-empty label that Unicode normalisation leaves
 * as it is (IDNA's rule; "xn--pokxncvks" decodes to circled numbers, which it maps to digits, so it is not valid).
 */
function validAceLabel(label: string): boolean {
  if (!label.startsWith('xn--')) return true;
  const decoded = punycode(label.slice(4));
  return decoded !== null && decoded !== '' && decoded === decoded.normalize('NFKC').toLowerCase();
}

function missingScheme(compact: string): boolean {
  if (RAW.test(compact)) return false;
  // "example.com:8443" and "localhost:3000" look like a scheme to the parser but are a host and a port.
  return !/^[a-z][a-z0-9+.-]*:/i.test(compact) || /^[^:/?#]+:\d+(?:[/?#]|$)/.test(compact);
}

/** Finds every problem of one entry (already trimmed). */
function inspect(entry: string, forOrigin: boolean): Parsed {
  const problems = new Set<Problem>();
  const parsed: Parsed = { problems };
  if (entry.length > MAX_ENTRY) {
    problems.add('invalid-url');
    return parsed;
  }
  if (INVISIBLE.test(entry)) problems.add('whitespace');
  // domain-facts: no wildcards are documented (inferred: none work).
  if (entry.includes('*')) problems.add('wildcard');
  const compact = entry.replace(INVISIBLE_ALL, '');
  const raw = RAW.exec(compact);
  if (missingScheme(compact)) {
    problems.add('missing-scheme');
    return parsed;
  }
  const typedScheme = (raw?.[1] ?? /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1] ?? '').toLowerCase();
  if (typedScheme !== 'http' && typedScheme !== 'https') {
    // Another scheme is wrong whatever follows it: decided before any parser, whose readings of file: and custom
    // schemes differ between engines.
    parsed.scheme = typedScheme;
    problems.add('bad-scheme');
    return parsed;
  }
  if (!raw) {
    parsed.scheme = typedScheme;
    // "https:example.com" parses, but is no way to write an address.
    problems.add('invalid-url');
  }
  // Hosts that engines' URL parsers read differently (Chromium accepts some that Node's rejects): percent-escapes,
  // full-width "％", and xn-- labels that are not valid punycode. Wrong in every engine, so decided here.
  if (brokenHost(typedHostOf(compact))) {
    problems.add('invalid-url');
    return parsed;
  }
  let url: URL;
  try {
    url = new URL(compact);
  } catch {
    if (!problems.has('bad-scheme')) problems.add('invalid-url');
    return parsed;
  }
  parsed.scheme = url.protocol.slice(0, -1);
  parsed.host = url.hostname;
  parsed.port = url.port;
  const host = url.hostname;
  if (url.protocol === 'http:') problems.add(isLoopback(host) ? 'localhost-http' : 'http');
  if (!raw) return parsed;

  const [, rawScheme = '', authority = '', rest = ''] = raw;
  const at = authority.lastIndexOf('@');
  if (at >= 0) problems.add('userinfo');
  const [, rawHost = '', rawPort] = HOST_PORT.exec(authority.slice(at + 1)) ?? [];
  // domain-facts: "With port 443 give only the host"; the parser drops a default port, so look at what was typed.
  if (rawPort !== undefined && url.port === '') problems.add('default-port');
  if (url.port !== '' && !isLoopback(host)) problems.add('custom-port');

  if (/[^ -~]/.test(rawHost)) problems.add('idn');
  else if (rawHost !== rawHost.toLowerCase()) problems.add('host-case');
  // Percent-escapes, numeric IPv4 forms, extra slashes: the parser reads another host than the one written.
  if (!problems.has('idn') && rawHost.toLowerCase() !== host) problems.add('invalid-url');
  // A trailing dot names the same host, but the browser's origin for the shop never has one.
  // Upper-case schemes and ports with leading zeros are rewritten by the parser too.
  if (host.endsWith('.') || rawScheme !== parsed.scheme || (rawPort && url.port && rawPort !== url.port))
    problems.add('not-canonical');

  if (IPV4.test(host) || host.startsWith('[')) {
    if (!isLoopback(host)) problems.add('ip-address');
  } else if (!isLoopback(host) && isPublicSuffix(host)) problems.add('no-registrable-domain');

  const hashAt = rest.indexOf('#');
  const beforeHash = hashAt >= 0 ? rest.slice(0, hashAt) : rest;
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  if (hashAt >= 0) problems.add('fragment');
  if (forOrigin) {
    // domain-facts: Amazon's v2 docs write origins with a trailing "/", Magento without: accept both, flag any other.
    if (path !== '' && path !== '/') problems.add('origin-path');
    if (queryAt >= 0) problems.add('origin-query');
  } else {
    // domain-facts: return URLs match exactly on scheme, host, port, path and query.
    if (queryAt >= 0) problems.add('return-query');
    if (path === '' || path === '/') problems.add('return-no-path');
    // Dot segments, unescaped characters: Amazon compares the string, the browser sends the parser's version.
    else if (beforeHash !== url.pathname + url.search) problems.add('not-canonical');
  }
  return parsed;
}

/** The entry corrected where each problem has a known fix; undefined when a problem has none. */
const HOST_CODES = new Set<Problem>(['localhost-http', 'no-registrable-domain', 'ip-address']);

/** The host as typed, before any parser reads it. */
const typedHostOf = (text: string) => {
  const authority = RAW.exec(text)?.[2] ?? '';
  return HOST_PORT.exec(authority.slice(authority.lastIndexOf('@') + 1))?.[1] ?? '';
};

/** Hosts that every engine should reject, but whose parsers disagree: percent-escapes (also full-width), bad xn--. */
const brokenHost = (host: string) =>
  host.normalize('NFKC').includes('%') || !host.toLowerCase().split('.').every(validAceLabel);

function correct(entry: string, forOrigin: boolean): string | undefined {
  // Two addresses pasted into one field: joining them would invent a host.
  if ((entry.match(/:\/\//g) ?? []).length > 1) return undefined;
  // A space inside a path may be meant (as %20): only an origin has nothing to lose.
  if (!forOrigin && INVISIBLE.test(entry)) return undefined;
  let text = entry.replace(INVISIBLE_ALL, '');
  if (missingScheme(text)) text = `https://${text.replace(/^:?\/\//, '')}`;
  if (brokenHost(typedHostOf(text))) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/\.$/, '');
  let scheme = url.protocol;
  if (scheme === 'http:' && !isLoopback(host)) scheme = 'https:';
  if (scheme !== 'https:' && scheme !== 'http:') return undefined;
  const port = url.port && !(scheme === 'https:' && url.port === '443') ? `:${url.port}` : '';
  return `${scheme}//${host}${port}${forOrigin ? '' : url.pathname + url.search}`;
}

function validate(text: string, forOrigin: boolean): Verdict | null {
  if (typeof text !== 'string') return null;
  const entry = text.trim();
  if (entry === '') return null;
  const parsed = inspect(entry, forOrigin);
  const { problems } = parsed;
  if (entry !== text) problems.add('spaces');
  const value = entry.length > 200 ? `${entry.slice(0, 200)}…` : entry;
  const error = ERRORS.find((code) => problems.has(code));
  const warning = WARNINGS.find((code) => problems.has(code));
  const code = error ?? warning;
  // Only what the sentence names: the parser's reading of a broken host differs between engines, and a verdict must
  // be the same in Node and in the browser.
  const params: VerdictParams = { value };
  if (code && HOST_CODES.has(code) && parsed.host !== undefined) params.host = parsed.host;
  if (code === 'custom-port' && parsed.port) params.port = parsed.port;
  if (code === 'bad-scheme' && parsed.scheme !== undefined) params.scheme = parsed.scheme;
  if (!code) {
    // Accept only what the browser itself would write: the origin (with or without Amazon's trailing "/"), or the
    // full return URL without fragment. Anything else got a problem above.
    return { severity: 'ok', code: 'ok', params };
  }
  const verdict: Verdict = { severity: error ? 'error' : 'warning', code, params };
  const suggestion = entry.length > MAX_ENTRY ? undefined : correct(entry, forOrigin);
  // A suggestion is only offered when it is itself fine: the merchant can take it as it is.
  if (suggestion !== undefined && suggestion !== text && isOk(suggestion, forOrigin)) {
    verdict.suggestion = suggestion;
    params.suggestion = suggestion;
  }
  return verdict;
}

function isOk(entry: string, forOrigin: boolean): boolean {
  return entry.trim() === entry && inspect(entry, forOrigin).problems.size === 0;
}

/** One entry of "Allowed JavaScript Origins"; null for an empty entry. Never throws. */
export function validateOrigin(text: string): Verdict | null {
  return validate(text, true);
}

/** One entry of "Allowed Return URLs"; null for an empty entry. Never throws. */
export function validateReturnUrl(text: string): Verdict | null {
  return validate(text, false);
}

/** The entry as Amazon compares it, to find duplicates and the origin a return URL belongs to. */
function normalise(text: string, forOrigin: boolean): { key: string; url?: URL } {
  const entry = text.trim();
  const fixed = correct(entry, forOrigin);
  if (fixed === undefined) return { key: entry.toLowerCase() };
  try {
    return { key: fixed, url: new URL(fixed) };
  } catch {
    return { key: fixed };
  }
}

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const key of keys) (seen.has(key) ? twice : seen).add(key);
  return [...twice];
}

/** Per-entry verdicts plus warnings about the lists as a whole. Empty entries are ignored for the findings. */
export function checkWebSettings(settings: WebSettings): WebSettingsReport {
  const originEntries = Array.isArray(settings?.origins) ? settings.origins : [];
  const returnEntries = Array.isArray(settings?.returnUrls) ? settings.returnUrls : [];
  const origins = originEntries.map(validateOrigin);
  const returnUrls = returnEntries.map(validateReturnUrl);
  const filled = (entries: string[]) => entries.filter((e) => typeof e === 'string' && e.trim() !== '');
  const allowedOrigins = filled(originEntries).map((e) => normalise(e, true));
  const allowedReturnUrls = filled(returnEntries).map((e) => normalise(e, false));
  const originKeys = new Set(allowedOrigins.map((o) => o.key));

  const found: Record<FindingCode, string[]> = {
    'duplicate-origin': duplicates(allowedOrigins.map((o) => o.key)),
    'duplicate-return-url': duplicates(allowedReturnUrls.map((r) => r.key)),
    'return-url-origin-missing': [],
    'www-pair-missing': [],
    'localhost-entries': [],
  };
  // Team rule (issue 3's findings, a warning only): the page a customer returns to is normally on a domain the
  // button is on. domain-facts: sandbox domains need not be listed for Checkout v2, hence never an error.
  for (const { url } of allowedReturnUrls) {
    if (url && !originKeys.has(url.origin)) found['return-url-origin-missing'].push(url.origin);
  }
  // domain-facts: "When unsure, list both www. and the bare domain (Shopware FAQ)". Only for a registrable domain
  // and its www. form: shop.example.com has no natural www. counterpart.
  for (const { url } of allowedOrigins) {
    if (!url) continue;
    const host = url.hostname;
    const bare = host.startsWith('www.') ? host.slice(4) : host;
    const parent = bare.slice(bare.indexOf('.') + 1);
    if (!bare.includes('.') || !isPublicSuffix(parent) || isPublicSuffix(bare) || IPV4.test(bare)) continue;
    const counterpart = `${url.protocol}//${host === bare ? `www.${bare}` : bare}${url.port ? `:${url.port}` : ''}`;
    if (!originKeys.has(counterpart)) found['www-pair-missing'].push(counterpart);
  }
  // domain-facts: "http only with localhost": fine for the sandbox, never for production.
  for (const entry of [...filled(originEntries), ...filled(returnEntries)]) {
    try {
      const url = new URL(entry.trim());
      if (url.protocol === 'http:' && isLoopback(url.hostname)) found['localhost-entries'].push(entry.trim());
    } catch {}
  }
  const findings = FINDING_CODES.filter((code) => found[code].length > 0).map(
    (code): Finding => ({ code, severity: 'warning', values: [...new Set(found[code])] }),
  );
  return { origins, returnUrls, findings };
}
