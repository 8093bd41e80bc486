/** The appliance command line, without a DOM: a session, the prompt, history and completion. */
export type { CliApi } from './api.ts';
export { CliSession, type CliReply } from './session.ts';
export { CommandHistory } from './history.ts';
export type { PromptMode } from './prompt.ts';
export type { CliLine } from './types.ts';
