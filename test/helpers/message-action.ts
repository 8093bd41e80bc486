/** A DLP message action for tests: Deliver with nothing else, unless `over` says otherwise. */
import type { MessageAction } from '../../src/engine/config/schema/index.ts';

export function messageAction(name: string, over: Partial<MessageAction> = {}): MessageAction {
  return {
    name,
    description: '',
    primary: { kind: 'deliver' },
    copyToQuarantine: null,
    encryption: null,
    modifySubject: null,
    disclaimer: null,
    alternateHost: null,
    bcc: null,
    notification: null,
    ...over,
  };
}
