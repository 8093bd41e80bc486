import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEY_BYTES, newMessageKey, seal, unseal, type EnvelopeAlgorithm } from '../../../src/engine/encryption/cipher.ts';
import { cryptoRandom, seededRandom } from '../../../src/engine/encryption/random.ts';

const ALGORITHMS: EnvelopeAlgorithm[] = ['ARC4', 'AES-192', 'AES-256'];
const plaintext = new TextEncoder().encode('The body and attachments of a confidential message.');
const aad = new TextEncoder().encode('["visible","metadata"]');

afterEach(() => vi.restoreAllMocks());

describe.each(ALGORITHMS)('%s', (algorithm) => {
  it('when sealed and unsealed with the same key then the plaintext comes back', async () => {
    const key = newMessageKey(algorithm, cryptoRandom);
    expect(key.length).toBe(KEY_BYTES[algorithm]);
    const sealed = await seal(algorithm, key, plaintext, aad, cryptoRandom);
    expect(Buffer.from(sealed.ciphertext).includes(Buffer.from('confidential'))).toBe(false);
    expect(await unseal(algorithm, key, sealed, aad)).toEqual(plaintext);
  });

  it('when one ciphertext byte is flipped then unsealing is refused', async () => {
    const key = newMessageKey(algorithm, cryptoRandom);
    const sealed = await seal(algorithm, key, plaintext, aad, cryptoRandom);
    const ciphertext = sealed.ciphertext.slice();
    ciphertext[3] ^= 0x01;
    expect(await unseal(algorithm, key, { ...sealed, ciphertext }, aad)).toBeNull();
  });

  it('when the associated metadata changes then unsealing is refused', async () => {
    const key = newMessageKey(algorithm, cryptoRandom);
    const sealed = await seal(algorithm, key, plaintext, aad, cryptoRandom);
    expect(await unseal(algorithm, key, sealed, new TextEncoder().encode('["other","metadata"]'))).toBeNull();
  });

  it('when another key is used then unsealing is refused', async () => {
    const sealed = await seal(algorithm, newMessageKey(algorithm, cryptoRandom), plaintext, aad, cryptoRandom);
    expect(await unseal(algorithm, newMessageKey(algorithm, cryptoRandom), sealed, aad)).toBeNull();
  });
});

describe('keys', () => {
  it('when two messages are encrypted then their keys differ', () => {
    const keys = new Set(Array.from({ length: 50 }, () => Buffer.from(newMessageKey('AES-256', cryptoRandom)).toString('hex')));
    expect(keys.size).toBe(50);
  });

  it('when a seeded source is injected then keys repeat (tests and scenarios only)', () => {
    expect(newMessageKey('AES-192', seededRandom(7))).toEqual(newMessageKey('AES-192', seededRandom(7)));
  });
});

describe('AES-192 never reaches WebCrypto (Chromium rejects 192-bit AES keys)', () => {
  it('when importKey refuses 24-byte keys, as Chromium does, then AES-192 still round-trips', async () => {
    const subtle = globalThis.crypto.subtle;
    const original = subtle.importKey.bind(subtle);
    const spy = vi.spyOn(subtle, 'importKey').mockImplementation(((
      format: KeyFormat,
      keyData: BufferSource | JsonWebKey,
      ...rest: unknown[]
    ) => {
      const length = (keyData as ArrayBufferView).byteLength;
      if (length === 24) return Promise.reject(new DOMException('192-bit AES keys are not supported', 'OperationError'));
      return (original as (...a: unknown[]) => Promise<CryptoKey>)(format, keyData, ...rest);
    }) as typeof subtle.importKey);
    const key = newMessageKey('AES-192', cryptoRandom);
    const sealed = await seal('AES-192', key, plaintext, aad, cryptoRandom);
    expect(await unseal('AES-192', key, sealed, aad)).toEqual(plaintext);
    expect(spy.mock.calls.some((c) => (c[1] as ArrayBufferView).byteLength === 24)).toBe(false);
  });

  it('the AES-192 output is standard GCM (Node decrypts it with aes-192-gcm)', async () => {
    const { createDecipheriv } = await import('node:crypto');
    const key = newMessageKey('AES-192', cryptoRandom);
    const sealed = await seal('AES-192', key, plaintext, new Uint8Array(0), cryptoRandom);
    const body = sealed.ciphertext.subarray(0, -16);
    const d = createDecipheriv('aes-192-gcm', key, sealed.iv);
    d.setAuthTag(sealed.ciphertext.subarray(-16));
    expect(Buffer.concat([d.update(body), d.final()])).toEqual(Buffer.from(plaintext));
  });
});

/** A textbook RC4, to check the crypto-js byte conversion independently. */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const S = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + S[i] + key[i % key.length]) & 0xff;
    [S[i], S[j]] = [S[j], S[i]];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + S[i]) & 0xff;
    [S[i], S[j]] = [S[j], S[i]];
    out[n] = data[n] ^ S[(S[i] + S[j]) & 0xff];
  }
  return out;
}

describe('ARC4', () => {
  it('the textbook RC4 gives the published vector (Key / Plaintext → BBF316E8D940AF0AD3)', () => {
    const enc = new TextEncoder();
    expect(
      Buffer.from(rc4(enc.encode('Key'), enc.encode('Plaintext')))
        .toString('hex')
        .toUpperCase(),
    ).toBe('BBF316E8D940AF0AD3');
  });

  it('when sealed then the ciphertext is RC4 under the first 16 key bytes, with a 32-byte MAC', async () => {
    const key = newMessageKey('ARC4', seededRandom(3));
    const odd = plaintext.subarray(0, 37); // not a multiple of 4: exercises the word conversion
    const sealed = await seal('ARC4', key, odd, aad, cryptoRandom);
    expect(sealed.ciphertext).toEqual(rc4(key.subarray(0, 16), odd));
    expect(sealed.mac?.length).toBe(32);
    expect(sealed.iv.length).toBe(0);
  });

  it('when the MAC is changed then unsealing is refused', async () => {
    const key = newMessageKey('ARC4', cryptoRandom);
    const sealed = await seal('ARC4', key, plaintext, aad, cryptoRandom);
    const mac = sealed.mac!.slice();
    mac[0] ^= 0x80;
    expect(await unseal('ARC4', key, { ...sealed, mac }, aad)).toBeNull();
    expect(await unseal('ARC4', key, { ...sealed, mac: null }, aad)).toBeNull();
  });
});
