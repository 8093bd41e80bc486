import { describe, expect, it } from 'vitest';
import { headerAddress } from '../../../src/engine/model/address.ts';

describe('headerAddress', () => {
  it('takes the address out of a header with a display name, and keeps a bare address', () => {
    expect(headerAddress('Alice Martin <alice@example.com>')).toBe('alice@example.com');
    expect(headerAddress('"Martin, Alice" <alice@example.com> ')).toBe('alice@example.com');
    expect(headerAddress(' alice@example.com ')).toBe('alice@example.com');
  });
});
