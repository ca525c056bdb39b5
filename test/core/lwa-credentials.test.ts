// The content scripts' recogniser knows only the Login with Amazon credentials: on those it must agree exactly with
// the full one (dirty pastes included), and everything else is 'unknown' to it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recognizeCredential, recognizeLwaCredential } from '../../src/core/credentials';

const LWA = ['client-id', 'app-id', 'client-secret'];
const SAMPLES = [
  'amzn1.application-oa2-client.8b5e45312b5248b69eeaadd64fdeb0d2',
  ' Client ID: "AMZN1.APPLICATION-OA2-CLIENT.8B5E45312B5248B69EEAADD64FDEB0D2" ',
  'Identifiant client : {{amzn1.application-oa2-client.8b5e45312b5248b69eeaadd64fdeb0d2}}',
  'amzn1.application.3b7e1b1ed2e94d8cb3f1c9a7e6d5f4a2',
  'Amazon. amzn1.application.3b7e1b1ed2e94d8cb3f1c9a7e6d5f4a2',
  '0747ad5c2e1f4b3a9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a20ea',
  'amzn1.oa2-cs.v1.1d298b991f7a0fc6e332c651cd8ad1fc9cd4c31265de04794de3aa055ead649f',
  'クライアントシークレット：amzn1.oa2-cs.v1.1d298b991f7a0fc6e332c651cd8ad1fc9cd4c31265de04794de3aa055ead649f',
  'A3MIF7Z0W3XC2S',
  'SANDBOX-AE4FWV2CUHOZS3ZTDPV3GZL4',
  'AKIAIOSFODNN7EXAMPLE',
  'Atza|IwEBIA',
  'hello',
  '',
];

describe('recognizeLwaCredential', () => {
  test.each(SAMPLES)('agrees with recognizeCredential on %j', (text) => {
    const full = recognizeCredential(text);
    const lwa = recognizeLwaCredential(text);
    if (LWA.includes(full.kind)) expect(lwa).toEqual(full);
    else expect(lwa.kind).toBe('unknown');
  });

  test('on any text, it finds a Login with Amazon credential exactly where the full recogniser does', () => {
    const text = fc.oneof(
      fc.string(),
      fc
        .constantFrom(...SAMPLES)
        .chain((s) => fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })).map(([a, b]) => a + s + b)),
    );
    fc.assert(
      fc.property(text, (t) => {
        const full = recognizeCredential(t);
        const lwa = recognizeLwaCredential(t);
        if (LWA.includes(full.kind)) expect(lwa).toEqual(full);
        if (LWA.includes(lwa.kind)) expect(full.kind).toBe(lwa.kind);
      }),
    );
  });
});
