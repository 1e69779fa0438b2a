import { Chalk, type ChalkInstance } from 'chalk';

/**
 * chalk at 16 colours, which read everywhere. A module of its own so that chalk is loaded only
 * when colour is on (report/index.ts imports this lazily).
 */
export function sixteenColors(): ChalkInstance {
  return new Chalk({ level: 1 });
}
