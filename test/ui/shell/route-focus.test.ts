import { describe, expect, it } from 'vitest';
import { hashPath } from '../../../src/ui/address.ts';
import { isNewPage } from '../../../src/ui/shell/route-focus.ts';

/** The path change as App sees it: from one address to the next. */
const moves = (before: string | null, after: string) => isNewPage(before === null ? null : hashPath(before), hashPath(after));

describe('isNewPage: which address changes take focus to the heading', () => {
  it('when another page is shown then focus moves', () => {
    expect(moves('#/simulation/compose', '#/monitor/message-tracking')).toBe(true);
    expect(moves('#/monitor/quarantines?edit=Virus', '#/commit')).toBe(true);
  });
  it('when the app first loads then focus stays where the browser put it', () => {
    expect(moves(null, '#/monitor/message-tracking')).toBe(false);
  });
  it('when only the query changes (a form or a detail inside the page) then focus stays', () => {
    expect(moves('#/monitor/quarantines', '#/monitor/quarantines?add')).toBe(false);
    expect(moves('#/monitor/quarantines?edit=Virus', '#/monitor/quarantines')).toBe(false);
  });
  it('when the address is empty or bare then it is the start page', () => {
    expect(moves('', '#/')).toBe(false);
    expect(moves('#', '#/commit')).toBe(true);
  });
});
