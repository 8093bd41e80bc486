/** A DLP message action for tests: Deliver with nothing else, unless `over` says otherwise (the engine's own factory). */
export { newMessageAction as messageAction } from '../../src/engine/config/defaults.ts';
