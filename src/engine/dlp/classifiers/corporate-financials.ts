/** Corporate financials: non-public financial statement vocabulary (SOX template, reference §7). */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const corporateFinancials: ClassifierDef = {
  id: 'corporate-financials',
  name: 'Corporate Financials',
  description: 'Terms of non-public corporate financial statements and filings: net sales, net income, depreciation, balance sheet, FORM 10-Q, earnings per share and similar. Each distinct term adds its weight to the score.',
  context: [],
  contextScore: 0,
  terms: terms([
    'net sales:20', 'net income:20', 'net revenue:20', 'net loss:20', 'gross margin:15', 'gross profit:15', 'operating income:20',
    'operating expenses:10', 'ebitda:20', 'earnings per share:25', 'depreciation:15', 'amortization:15', 'balance sheet:20',
    'income statement:20', 'cash flow statement:20', 'statement of cash flows:25', 'form 10-q:30', 'form 10-k:30', 'form 8-k:25',
    'quarterly results:15', 'fiscal year:10', 'fiscal quarter:10', 'revenue forecast:20', 'earnings guidance:20',
    'accounts receivable:15', 'accounts payable:15', 'retained earnings:20', "shareholders' equity:20", 'stockholders equity:20',
    "stockholders' equity:20", 'total assets:15', 'total liabilities:15', 'non-gaap:15', 'gaap:10', 'employer identification no:25',
    'audit committee:15', 'material weakness:25', 'restatement:20', 'earnings release:20', 'unaudited:15', 'consolidated statements:20',
  ]),
};
