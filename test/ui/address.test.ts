import { describe, expect, it } from 'vitest';
import { hashQuery, href, queryHref } from '../../src/ui/address.ts';

describe('address', () => {
  it('when a page is linked then the link is its hash route', () => {
    expect(href('/simulation/compose')).toBe('#/simulation/compose');
  });
  it('when a query parameter has no value then the link carries the bare key', () => {
    expect(queryHref('#/monitor/quarantines', 'add')).toBe('#/monitor/quarantines?add');
  });
  it('when a value has spaces, ampersands or quotes then it is encoded as a URI component', () => {
    expect(queryHref('#/monitor/quarantines', 'edit', 'A & B “x”')).toBe('#/monitor/quarantines?edit=A%20%26%20B%20%E2%80%9Cx%E2%80%9D');
  });
  it('when a link is read back then its query gives the value as written', () => {
    const link = queryHref('#/mail-policies/text-resources', 'resource', 'A & B + C');
    expect(hashQuery(link).get('resource')).toBe('A & B + C');
  });
  it('when the address has no query then there are no parameters', () => {
    expect([...hashQuery('#/commit').keys()]).toEqual([]);
  });
});
