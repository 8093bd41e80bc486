/** The few messages the worker sends outside Comlink, and the service types the UI imports. */
export const READY_MESSAGE = { type: 'ready' } as const;

/** True for the worker's ready message. */
export const isReady = (data: unknown): boolean => (data as { type?: string } | null)?.type === 'ready';

/** True for the worker's start-up failure message. */
export const isStartFailure = (data: unknown): data is { type: 'failed'; message: string } =>
  (data as { type?: string } | null)?.type === 'failed';

export type { Service } from './service.ts';
