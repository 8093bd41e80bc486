/**
 * The fixed cost of a call (fixed-cost.ts) in a process of its own: `npm run bench` measures it
 * last, after sections whose garbage and varied text leave the heap fuller and the engine's code
 * more general; a fresh process shows the cost a short-lived command or a new worker pays. Prints
 * the nanoseconds per call of each text as one JSON line (run by run.ts).
 */
import { fixedCost } from './fixed-cost.ts';

process.stdout.write(`${JSON.stringify(Object.fromEntries(fixedCost()))}\n`);
