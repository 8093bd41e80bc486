import { describe, expect, it } from 'vitest';
import {
  GRANTABLE_ROLES,
  maySeeMatchedContent,
  SIM_USERS,
  userNamed,
  type GrantableRole,
  type UserRole,
} from '../../../src/engine/model/users.ts';
import { viewFor } from '../../../src/engine/mailflow/tracking-privileges.ts';
import type { TrackingRecord } from '../../../src/engine/mailflow/types.ts';

describe('DLP Tracking Privileges: who sees matched content (reference §12)', () => {
  const cases: [UserRole, GrantableRole[], boolean][] = [
    ['administrator', [], true],
    ['administrator', ['operator'], true],
    ['operator', [], false],
    ['operator', ['operator'], true],
    ['operator', ['help-desk'], false],
    ['read-only-operator', ['operator'], false],
    ['read-only-operator', ['read-only-operator'], true],
    ['help-desk', ['help-desk', 'custom'], true],
    ['custom', [], false],
    ['custom', ['custom'], true],
  ];
  it.each(cases)('when a %s looks and %o are granted then matched content shown is %s', (role, granted, shown) => {
    expect(maySeeMatchedContent(role, granted)).toBe(shown);
  });

  it('when nothing was ever configured then only administrators see it', () => {
    for (const role of GRANTABLE_ROLES) expect(maySeeMatchedContent(role)).toBe(false);
  });

  it('when an unknown account name is asked for then it is the built-in admin', () => {
    expect(userNamed('mallory')).toEqual(SIM_USERS[0]);
    expect(userNamed('helpdesk').role).toBe('help-desk');
  });
});

describe('a tracking record as one user sees it', () => {
  const match = { classifier: 'credit-card', part: 'body', partName: '', text: '4111', before: '', after: '', score: 1 };
  const record = (matchedContent: unknown[] | null) =>
    ({
      mid: 7,
      dlp: { evaluated: true, verdicts: [], decisive: null, matchedContent, contentLogged: matchedContent !== null },
    }) as unknown as TrackingRecord;

  it('when the viewer lacks the privilege then the matched content is withheld and the view says so', () => {
    const v = viewFor(record([match]), 'operator');
    expect(v.matchedContentHidden).toBe(true);
    expect(v.record.dlp.matchedContent).toBeNull();
    expect(v.record.dlp.contentLogged).toBe(true);
  });

  it('when the viewer has the privilege then the record is unchanged', () => {
    const r = record([match]);
    expect(viewFor(r, 'operator', ['operator'])).toEqual({ record: r, matchedContentHidden: false });
  });

  it.each([
    ['no content was logged', null],
    ['nothing matched', []],
  ])('when %s then nothing is said to be withheld', (_, content) => {
    expect(viewFor(record(content), 'help-desk').matchedContentHidden).toBe(false);
  });
});
