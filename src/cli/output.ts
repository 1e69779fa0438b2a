import { fstatSync, writeSync } from 'node:fs';

/**
 * The report goes to file descriptor 1 with plain writes. Touching `process.stdout` makes Node
 * load its whole streams machinery, a good part of a one-file run's start-up. Where the descriptor
 * cannot take a blocking write (a non-blocking pipe that is full), the rest goes through
 * process.stdout, which waits for the reader.
 */
export function writeOut(text: string): void {
  let rest = Buffer.from(text, 'utf8');
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(1, rest));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      process.stdout.write(rest);
      return;
    }
  }
}

/**
 * Whether standard output is a terminal. A file or a pipe is told apart with fstat alone: node:tty
 * loads the network stack, which a lint never needs (and the isolation test would see).
 */
export function stdoutIsTerminal(): boolean {
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
}
