import { describe, expect, test } from 'vitest';
import {
  CLEANED_CODES,
  type CleanedCode,
  CREDENTIAL_KINDS,
  type CredentialKind,
  credentialKindsOf,
  recognizeCredential,
} from '../../src/core/credentials';

const CLIENT_ID = 'amzn1.application-oa2-client.8b5e45312b5248b69eeaadd6a3f1b1c2';
const SECRET = '5f0f4a2c9e1b7d3a8c6e4f2a0b9d7c5e3a1f8e6d4c2b0a9f7e5d3c1b9a8f7e6d';
const PEM_KEY = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
  '-----END PRIVATE KEY-----',
].join('\n');

// Each kind with its own examples, as Amazon shows them (domain-facts: Identifier formats).
const EXAMPLES: Record<Exclude<CredentialKind, 'unknown'>, string[]> = {
  'client-id': [
    CLIENT_ID,
    // Magento accepts any lower-case letter in the tail, not only hex.
    'amzn1.application-oa2-client.z8b5e45312b5248b69eeaadd6a3f1b1q',
  ],
  'app-id': ['amzn1.application.5d2f1c6b9a4e4f0e8c7b3a2d1e0f9a8b'],
  'client-secret': [SECRET, `amzn1.oa2-cs.v1.${SECRET}`],
  'merchant-id': ['A3MIF7Z0W3XC2S', 'A1B2C3D4E5F6G', 'AQWERTYUIOPASD'],
  'public-key-id': ['SANDBOX-AHZ4TUJIYHFNT3NDS2GLMPKQ', 'LIVE-AEXAMPLE1234567890ABCDEF', 'AEXAMPLE1234567890ABCDEF'],
  'private-key': [PEM_KEY, PEM_KEY.replaceAll('PRIVATE KEY', 'RSA PRIVATE KEY').replaceAll('\n', '\r\n')],
  'mws-access-key': ['AKIAIOSFODNN7EXAMPLE'],
  'mws-secret-key': ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  'mws-auth-token': ['amzn.mws.4ea38b7b-f563-7709-4bae-87aea1234567'],
  'sp-api-app-id': [
    'amzn1.sp.solution.2cfe3a5e-3e4e-4b33-9c33-0b5e9f4b7d2a',
    'amzn1.sellerapps.app.2cfe3a5e-3e4e-4b33-9c33-0b5e9f4b7d2a',
  ],
  'lwa-token': ['Atza|IwEBIJ0a-_Tb8cRk5uMxQ.Z9+/w=', 'Atzr|IwEBIA7zL0Qh3Ks9dPq2'],
};

describe('each kind accepts its own examples and no other kind claims them', () => {
  for (const [kind, examples] of Object.entries(EXAMPLES)) {
    test.each(examples)(`${kind}: %s`, (example) => {
      expect(credentialKindsOf(example)).toEqual([kind]);
      const credential = recognizeCredential(example);
      expect(credential.kind).toBe(kind);
      expect(credential.value).toBe(example);
      expect(credential.cleaned).toEqual([]);
    });
  }
  test('every kind but unknown has examples', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(CREDENTIAL_KINDS.filter((k) => k !== 'unknown').sort());
  });
});

// Dirty pastes: what merchants copy from the console, their notes, e-mails and plugin screens.
const DIRTY: [string, CredentialKind, string, CleanedCode[]][] = [
  [`  ${CLIENT_ID}\t`, 'client-id', CLIENT_ID, ['whitespace']],
  [`"${CLIENT_ID}"`, 'client-id', CLIENT_ID, ['quotes']],
  [`“${CLIENT_ID}”`, 'client-id', CLIENT_ID, ['quotes']],
  [`« ${CLIENT_ID} »`, 'client-id', CLIENT_ID, ['whitespace', 'quotes']],
  [`'${SECRET}'`, 'client-secret', SECRET, ['quotes']],
  [`amzn1.application-oa2-\nclient.8b5e45312b5248b69eeaadd6a3f1b1c2`, 'client-id', CLIENT_ID, ['line-breaks']],
  [`${SECRET.slice(0, 32)}\r\n${SECRET.slice(32)}`, 'client-secret', SECRET, ['line-breaks']],
  [`\u200B${CLIENT_ID}\uFEFF`, 'client-id', CLIENT_ID, ['zero-width']],
  [`amzn1.application-oa2-cli\u00ADent.8b5e45312b5248b69eeaadd6a3f1b1c2`, 'client-id', CLIENT_ID, ['zero-width']],
  [`Client ID: ${CLIENT_ID}`, 'client-id', CLIENT_ID, ['label']],
  [`Identifiant client : ${CLIENT_ID}`, 'client-id', CLIENT_ID, ['label']],
  [`クライアントID：${CLIENT_ID}`, 'client-id', CLIENT_ID, ['label']],
  [`Secret du client :\n${SECRET}`, 'client-secret', SECRET, ['label']],
  [`クライアントシークレット： ${SECRET.toUpperCase()}`, 'client-secret', SECRET, ['label', 'case']],
  [`Amazon. ${CLIENT_ID}`, 'client-id', CLIENT_ID, ['amazon-prefix']],
  [`{{${CLIENT_ID}}}`, 'client-id', CLIENT_ID, ['braces']],
  [`Client ID: "{{ ${CLIENT_ID} }}"`, 'client-id', CLIENT_ID, ['whitespace', 'quotes', 'label', 'braces']],
  [CLIENT_ID.toUpperCase(), 'client-id', CLIENT_ID, ['case']],
  [
    'AMZN1.APPLICATION.5D2F1C6B9A4E4F0E8C7B3A2D1E0F9A8B',
    'app-id',
    'amzn1.application.5d2f1c6b9a4e4f0e8c7b3a2d1e0f9a8b',
    ['case'],
  ],
  ['a3mif7z0w3xc2s', 'merchant-id', 'A3MIF7Z0W3XC2S', ['case']],
  ['ID vendeur : a3mif7z0w3xc2s ', 'merchant-id', 'A3MIF7Z0W3XC2S', ['whitespace', 'label', 'case']],
  ['sandbox-ahz4tujiyhfnt3nds2glmpkq', 'public-key-id', 'SANDBOX-AHZ4TUJIYHFNT3NDS2GLMPKQ', ['case']],
  [`Private key:\n${PEM_KEY}\n`, 'private-key', PEM_KEY, ['whitespace', 'label']],
];

describe('dirty pastes are cleaned and say what was cleaned', () => {
  test.each(DIRTY)('%j', (text, kind, value, cleaned) => {
    const credential = recognizeCredential(text);
    expect(credential).toMatchObject({ kind, value, cleaned });
  });
  test('every cleaned code has an example', () => {
    expect(new Set(DIRTY.flatMap(([, , , cleaned]) => cleaned))).toEqual(new Set(CLEANED_CODES));
  });
});

describe('environment of a public key ID', () => {
  test.each([
    ['SANDBOX-AHZ4TUJIYHFNT3NDS2GLMPKQ', 'sandbox'],
    ['LIVE-AEXAMPLE1234567890ABCDEF', 'live'],
    ['AEXAMPLE1234567890ABCDEF', 'unspecified'],
  ] as const)('%s is %s', (text, environment) => {
    expect(recognizeCredential(text).environment).toBe(environment);
  });
  test('other kinds carry no environment', () => {
    expect(recognizeCredential(CLIENT_ID)).not.toHaveProperty('environment');
  });
});

describe('look-alikes stay unknown', () => {
  test.each([
    // One character short or long, or not hex where Amazon writes hex.
    CLIENT_ID.slice(0, -1),
    `${CLIENT_ID}0`,
    'amzn1.application.5d2f1c6b9a4e4f0e8c7b3a2d1e0f9a8z',
    `${SECRET}0`,
    `${SECRET.slice(0, 63)}g`,
    `amzn1.oa2-cs.v2.${SECRET}`,
    'SANDBOX-AHZ4TUJIYHFNT3NDS2GLMPKQ1',
    'TEST-AHZ4TUJIYHFNT3NDS2GLMPKQ',
    // Plain words and numbers of a merchant ID's length.
    'configuration',
    'configurations',
    '1732740000000',
    'akiaiosfodnn7example',
    '-----BEGIN PRIVATE KEY-----\nnot base64 !\n-----END PRIVATE KEY-----',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----',
    // Two credentials in one paste must not yield either of them.
    `Merchant ID: A3MIF7Z0W3XC2S Secret: ${SECRET}`,
    `Client ID:\n${CLIENT_ID}\nClient Secret:\n${SECRET}`,
    // Seller Central's "Copy your keys" JSON holds several credentials: unknown, not one of them.
    JSON.stringify({ merchant_id: 'A3MIF7Z0W3XC2S', access_key: 'AKIAIOSFODNN7EXAMPLE', client_id: CLIENT_ID }),
    JSON.stringify({ merchant_id: 'A3MIF7Z0W3XC2S', client_secret: SECRET }, null, 2),
    'Note: the label alone',
    '',
    '   ',
  ])('%j', (text) => {
    const credential = recognizeCredential(text);
    expect(credential.kind).toBe('unknown');
    expect(credential.cleaned).toEqual([]);
    expect(credential.value).toBe(text.trim());
  });

  test('an app ID is never a client ID and the other way round', () => {
    expect(recognizeCredential('amzn1.application.8b5e45312b5248b69eeaadd6a3f1b1c2').kind).toBe('app-id');
    expect(recognizeCredential('amzn1.application-oa2-client.5d2f1c6b9a4e4f0e8c7b3a2d1e0f9a8b').kind).toBe('client-id');
  });

  test('an oversized paste is unknown at once', () => {
    const huge = `${CLIENT_ID}${' '.repeat(1_000_000)}`;
    const started = performance.now();
    expect(recognizeCredential(huge)).toEqual({ kind: 'unknown', value: '', cleaned: [] });
    expect(recognizeCredential('x'.repeat(1_000_000)).kind).toBe('unknown');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
