import { describe, expect, it } from 'vitest';
import { returnLinks } from '../../../src/ui/shared/forms.ts';

describe('returnLinks: where the keyboard goes when a form in the address closes', () => {
  it('when an item was edited then its own link comes first, then the Add link', () => {
    expect(returnLinks('#/monitor/quarantines?edit=Hold%20PCI')).toEqual([
      '#/monitor/quarantines?edit=Hold%20PCI',
      '#/monitor/quarantines?add',
    ]);
  });
  it('when an item was added then the Add link, once', () => {
    expect(returnLinks('#/monitor/quarantines?add')).toEqual(['#/monitor/quarantines?add']);
  });
  it('when the form is not in the address (a settings section) then no link: the section decides', () => {
    expect(returnLinks('#/security-services/email-encryption')).toEqual([]);
    expect(returnLinks('')).toEqual([]);
  });
});
