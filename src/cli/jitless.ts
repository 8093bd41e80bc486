/**
 * Imported first by main.ts, before any schema is made: zod then validates by walking its schemas
 * instead of compiling a fast path with `new Function`. A command validates one configuration per
 * run, and compiling the fast path for it costs more than it saves (measured: ~50 ms of start-up).
 */
import { config } from 'zod';

config({ jitless: true });
