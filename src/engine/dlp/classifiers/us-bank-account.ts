/** US Bank Account Number: 8–17 digits; there is no check digit, so a number scores only near banking words. */
import type { ClassifierDef } from './types.ts';
import { describeNumber, forEachNumber, layout } from '../scan/numbers.ts';
import { allSame, NUMBER_NEGATIVES } from './common.ts';

const LAYOUTS = [layout('8..17')];

/**
 * Accounts that are not at a bank, named as such: "customer account number 00123456" is a
 * supplier's or a utility's reference. Each longer name outweighs "account number" alone as a
 * value's label.
 */
const OTHER_ACCOUNTS = ['customer', 'utility', 'reward', 'rewards', 'loyalty', 'member', 'portal'].flatMap((kind) => [
  `${kind} account`,
  `${kind} account number`,
  `${kind} account no`,
]);

export const usBankAccount: ClassifierDef = {
  id: 'us-bank-account',
  name: 'US Bank Account Number',
  description:
    'US bank account numbers: 8 to 17 digits. Account numbers have no check digit, so a number only scores when banking words ("account number", "checking", "acct") are near it.',
  context: [
    'account number',
    'account no',
    'account #',
    'acct',
    'bank account',
    'checking account',
    'savings account',
    'checking',
    'savings',
    'banking account',
    'deposit account',
    'direct deposit',
    'account',
  ],
  negative: [...NUMBER_NEGATIVES, ...OTHER_ACCOUNTS],
  contextScore: 70,
  weak: true,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      if (allSame(m.numbers, m.at, m.at + m.count)) return false;
      out.add(m.start, m.end, 2, describeNumber(m), 'length 8–17 digits (no check digit exists)');
      return true;
    });
  },
};
