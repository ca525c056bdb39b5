// Recognises what a merchant pasted: which of Amazon's credentials it is, normalised, and what had to be cleaned off.
// Pure: no DOM, no browser API (architecture: core/).

export const CREDENTIAL_KINDS = [
  'client-id',
  'app-id',
  'client-secret',
  'merchant-id',
  'public-key-id',
  'private-key',
  'mws-access-key',
  'mws-secret-key',
  'mws-auth-token',
  'sp-api-app-id',
  'lwa-token',
  'unknown',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** What was removed or fixed, in this order (also the order of `Credential.cleaned`). */
export const CLEANED_CODES = [
  'whitespace',
  'quotes',
  'line-breaks',
  'zero-width',
  'label',
  'amazon-prefix',
  'braces',
  'case',
] as const;
export type CleanedCode = (typeof CLEANED_CODES)[number];

export type Credential = {
  kind: CredentialKind;
  /** The normalised credential; for 'unknown', the text without zero-width characters and surrounding spaces. */
  value: string;
  /** Empty for 'unknown': nothing was recognised, so nothing counts as fixed. */
  cleaned: CleanedCode[];
  /** Only for 'public-key-id': its SANDBOX-/LIVE- prefix (domain-facts: Identifier formats). */
  environment?: 'sandbox' | 'live' | 'unspecified';
};

// A 4096-bit PEM key is about 3.3 KB; anything longer is not one credential, and looking at it would cost time on
// every keystroke.
const MAX_INPUT = 8192;

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const QUOTES_AROUND = /^["'`“”„‟«»‹›‘’‚‛「」『』]+|["'`“”„‟«»‹›‘’‚‛「」『』]+$/g;
// A label is generic on purpose (no per-language table here): a short text up to an ASCII or full-width colon, e.g.
// "Client ID:", "Identifiant client :", "クライアントID：". It is only taken off when what follows is recognised.
const LABEL = /^[^:：\r\n]{1,48}[:：]\s*/;
// domain-facts: Identifier formats, "Seen pasted in the wild: a leading 'Amazon. ', {{…}} braces".
const AMAZON_PREFIX = /^amazon\.\s+/i;
const BRACES = /^\{\{([\s\S]*)\}\}$/;
const LINE_BREAKS = /[ \t]*[\r\n]+[ \t]*/g;
const PEM = /^-----BEGIN (RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\s]+-----END \1PRIVATE KEY-----$/;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

type Pattern = [CredentialKind, RegExp, 'lower' | 'upper' | null];

// domain-facts: Identifier formats. The patterns do not overlap (the test checks every example against every kind).
// Letter case: matched case-insensitively where Amazon's format fixes the case, then normalised, as Magento does on
// blur (client ID lower-case; merchant ID and public key ID upper-case).
// The Login with Amazon credentials come first: the console pages only ever need to tell these three apart.
const LWA_PATTERNS: Pattern[] = [
  // Magento accepts [0-9a-z]{32} after the prefix; so do we.
  ['client-id', /^amzn1\.application-oa2-client\.[0-9a-z]{32}$/i, 'lower'],
  ['app-id', /^amzn1\.application\.[0-9a-f]{32}$/i, 'lower'],
  ['client-secret', /^(?:amzn1\.oa2-cs\.v1\.)?[0-9a-f]{64}$/i, 'lower'],
];
const PATTERNS: Pattern[] = /* @__PURE__ */ (() => [
  ...LWA_PATTERNS,
  ['public-key-id', /^(?:(?:SANDBOX|LIVE)-)?[0-9A-Z]{24}$/i, 'upper'],
  ['merchant-id', /^[0-9A-Z]{13,14}$/i, 'upper'],
  ['mws-access-key', /^AKIA[0-9A-Z]{16}$/, null],
  ['mws-secret-key', /^[A-Za-z0-9/+]{40}$/, null],
  ['mws-auth-token', new RegExp(`^amzn\\.mws\\.${UUID}$`, 'i'), null],
  ['sp-api-app-id', new RegExp(`^amzn1\\.(?:sp\\.solution|sellerapps\\.app)\\.${UUID}$`, 'i'), null],
  // Token characters are base64url-like plus '|'; no ':' so a label can never be taken for part of one.
  ['lwa-token', /^Atz[ar]\|[\w.+/=|%-]+$/, null],
])();

// Merchant and public key IDs are bare letters and digits, so plain words ("configuration") or numbers (a 13-digit
// timestamp) would match their shape. Upper-case as typed, one letter is enough; typed in lower or mixed case, a digit
// is required too (real IDs nearly always have both).
function plausibleId(id: string): boolean {
  const body = id.replace(/^(?:SANDBOX|LIVE)-/i, '');
  return /[A-Z]/i.test(body) && (body === body.toUpperCase() || /\d/.test(body));
}

const BARE_IDS = new Set<CredentialKind>(['merchant-id', 'public-key-id']);

function match(candidate: string, patterns: Pattern[]): { kind: CredentialKind; value: string } | null {
  const kind = kindsOf(candidate, patterns)[0];
  if (!kind) return null;
  const letterCase = patterns.find((p) => p[0] === kind)?.[2];
  const value =
    letterCase === 'lower' ? candidate.toLowerCase() : letterCase === 'upper' ? candidate.toUpperCase() : candidate;
  return { kind, value };
}

/** Every kind whose format the exact text has (tests check that no two kinds share an example). */
export function credentialKindsOf(text: string): CredentialKind[] {
  return kindsOf(text, PATTERNS);
}

function kindsOf(text: string, patterns: Pattern[]): CredentialKind[] {
  if (patterns.length > LWA_PATTERNS.length && PEM.test(text)) return ['private-key'];
  return patterns
    .filter(([kind, pattern]) => pattern.test(text) && (!BARE_IDS.has(kind) || plausibleId(text)))
    .map(([kind]) => kind);
}

/** Which of Amazon's credentials a pasted or copied text is, normalised, with what was cleaned off it. */
export function recognizeCredential(text: string): Credential {
  return recognize(text, PATTERNS);
}

/**
 * The same, for the Login with Amazon credentials only (client ID, application ID, client secret; anything else is
 * 'unknown'): what the console pages need, at a third of the code in the content scripts' budget.
 */
export function recognizeLwaCredential(text: string): Credential {
  return recognize(text, LWA_PATTERNS);
}

function recognize(text: string, patterns: Pattern[]): Credential {
  if (typeof text !== 'string' || text.length > MAX_INPUT) return { kind: 'unknown', value: '', cleaned: [] };
  const found = new Set<CleanedCode>();
  let candidate = text.replace(ZERO_WIDTH, '');
  if (candidate !== text) found.add('zero-width');
  const unknown: Credential = { kind: 'unknown', value: candidate.trim(), cleaned: [] };

  // Peel the layers a paste comes wrapped in until what is left is recognised or nothing changes; they nest in any
  // order (`Client ID: "{{amzn1…}}"`). One label at most: "Merchant ID: A3… Secret: 0f…" holds two credentials and
  // must stay unknown rather than yield the second one.
  let recognised = match(candidate, patterns);
  for (let round = 0; round < 8 && !recognised; round++) {
    const before = candidate;
    const trimmed = candidate.trim();
    if (trimmed !== candidate) found.add('whitespace');
    candidate = trimmed;
    const unquoted = candidate.replace(QUOTES_AROUND, '');
    if (unquoted !== candidate) found.add('quotes');
    candidate = unquoted;
    const braces = BRACES.exec(candidate);
    if (braces) {
      found.add('braces');
      candidate = braces[1] ?? '';
    }
    const label = found.has('label') ? null : LABEL.exec(candidate);
    if (label) {
      found.add('label');
      candidate = candidate.slice(label[0].length);
    }
    const prefix = AMAZON_PREFIX.exec(candidate);
    if (prefix) {
      found.add('amazon-prefix');
      candidate = candidate.slice(prefix[0].length);
    }
    // An ID wrapped over two lines is joined; a PEM key keeps its lines.
    if (!candidate.startsWith('-----BEGIN')) {
      const joined = candidate.replace(LINE_BREAKS, '');
      if (joined !== candidate) found.add('line-breaks');
      candidate = joined;
    }
    if (candidate === before) break;
    recognised = match(candidate, patterns);
  }

  if (!recognised) return unknown;
  if (recognised.value !== candidate) found.add('case');
  const credential: Credential = {
    kind: recognised.kind,
    value: recognised.value,
    cleaned: CLEANED_CODES.filter((code) => found.has(code)),
  };
  if (recognised.kind === 'public-key-id') {
    const prefix = recognised.value.split('-')[0];
    credential.environment = prefix === 'SANDBOX' ? 'sandbox' : prefix === 'LIVE' ? 'live' : 'unspecified';
  }
  return credential;
}
