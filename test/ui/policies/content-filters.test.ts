import { describe, expect, it } from 'vitest';
import {
  applianceConfigSchema,
  type ApplianceConfig,
  type ContentFilter,
  type OutgoingFilters,
} from '../../../src/engine/config/schema/index.ts';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import {
  conditionText,
  filtersColumn,
  filterUses,
  moveFilter,
  withFilter,
  withFiltersSetting,
  withoutFilter,
} from '../../../src/ui/policies/content-filters.ts';

const f = (name: string): ContentFilter => ({
  name,
  description: '',
  active: true,
  rule: 'any',
  conditions: [],
  actions: [{ type: 'drop' }],
});

function config(): ApplianceConfig {
  const c = defaultConfig();
  c.outgoingPolicies = {
    policies: [
      {
        name: 'Sales',
        senders: ['@example.com'],
        recipients: [],
        dlp: { mode: 'default' },
        contentFilters: { mode: 'enabled', filters: ['a', 'b'] },
      },
    ],
    defaultPolicy: { dlp: { mode: 'disabled' }, contentFilters: { mode: 'enabled', filters: ['b'] } },
    contentFilters: [f('a'), f('b')],
  };
  return c;
}
const valid = (c: ApplianceConfig) => applianceConfigSchema.safeParse(c).success;

describe('the Outgoing Content Filters list edits', () => {
  it('when a filter is renamed then the policies that enable it follow, and the configuration stays valid', () => {
    const c = config();
    c.outgoingPolicies = withFilter(c.outgoingPolicies, f('b2'), 'b');
    expect(filterUses(c.outgoingPolicies, 'b2')).toEqual(['Sales', 'Default Policy']);
    expect(filterUses(c.outgoingPolicies, 'b')).toEqual([]);
    expect(valid(c)).toBe(true);
  });

  it('when a filter is added with the name of another then both stay, so Submit reports the duplicate', () => {
    const c = config();
    c.outgoingPolicies = withFilter(c.outgoingPolicies, f('a'), null);
    expect(c.outgoingPolicies.contentFilters!.map((x) => x.name)).toEqual(['a', 'b', 'a']);
    expect(valid(c)).toBe(false);
  });

  it('when a filter is deleted then it leaves every policy too, and the configuration stays valid', () => {
    const c = config();
    c.outgoingPolicies = withoutFilter(c.outgoingPolicies, 'b');
    expect(c.outgoingPolicies.policies[0].contentFilters).toEqual({ mode: 'enabled', filters: ['a'] });
    expect(c.outgoingPolicies.defaultPolicy.contentFilters).toEqual({ mode: 'enabled', filters: [] });
    expect(valid(c)).toBe(true);
  });

  it('when a filter moves down then the order changes; at the end it does not', () => {
    const o = config().outgoingPolicies;
    expect(moveFilter(o, 0, 1).contentFilters!.map((x) => x.name)).toEqual(['b', 'a']);
    expect(moveFilter(o, 1, 1)).toBe(o);
  });

  it('when the Default Policy is set to "use default" then it is stored as Disabled', () => {
    const o = withFiltersSetting(config().outgoingPolicies, 'Default Policy', { mode: 'default' });
    expect(o.defaultPolicy.contentFilters).toEqual({ mode: 'disabled' });
  });

  it.each<[OutgoingFilters, string]>([
    [{ mode: 'default' }, '(use default)'],
    [{ mode: 'disabled' }, 'Disabled'],
    [{ mode: 'enabled', filters: ['b', 'a'] }, 'a, b'],
    [{ mode: 'enabled', filters: [] }, 'Enabled (no filters selected)'],
  ])('when the setting is %j then the column reads %s (in table order)', (setting, text) => {
    expect(filtersColumn(config(), setting)).toBe(text);
  });

  it('when a condition is described then its text is quoted, a regex shown between slashes', () => {
    expect(conditionText({ type: 'subject', match: 'contains', value: '[SEND SECURE]', negate: false })).toBe(
      'Subject Header contains “[SEND SECURE]”',
    );
    expect(conditionText({ type: 'subject', match: 'regex', value: '(?i)secure', negate: true })).toBe(
      'Subject Header does not match /(?i)secure/',
    );
  });
});
