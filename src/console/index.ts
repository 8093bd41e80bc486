/** The appliance command line, without a DOM: a session, the prompt, history and completion. */
export type { CliApi } from './api.ts';
export { CliSession, type CliReply, type CliSessionOptions } from './session.ts';
export { CommandHistory } from './history.ts';
export { promptFor, type PromptMode } from './prompt.ts';
export type { CliLine, LineKind } from './types.ts';
