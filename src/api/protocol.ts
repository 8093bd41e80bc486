/** The few messages the worker sends outside Comlink: it is ready, or it could not start. */
export const READY_MESSAGE = { type: 'ready' } as const;

/** What the worker posts when the engine could not start (storage blocked, say). */
export interface StartFailure {
  readonly type: 'failed';
  readonly message: string;
}

/** True for the worker's ready message. */
export const isReady = (data: unknown): boolean => (data as { type?: string } | null)?.type === 'ready';

/** True for the worker's start-up failure message. */
export const isStartFailure = (data: unknown): data is StartFailure => (data as { type?: string } | null)?.type === 'failed';
