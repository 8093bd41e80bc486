/** The appliance's names of content filter actions: light, so the pages can import them without the pipeline. */
import type { FilterAction } from '../../config/schema/index.ts';

/** The appliance's label of an action, for tables, the dry run and the log. */
export const ACTION_LABELS: Readonly<Record<FilterAction['type'], string>> = {
  'encrypt-on-delivery': 'Encrypt on Delivery',
  'encrypt-deliver-now': 'Encrypt and Deliver Now (Final Action)',
  'add-header': 'Add/Edit Header',
  quarantine: 'Quarantine',
  notify: 'Notify',
  drop: 'Drop (Final Action)',
  'skip-remaining': 'Skip Remaining Content Filters (Final Action)',
};
