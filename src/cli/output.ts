import { fstatSync, writeSync } from 'node:fs';

/**
 * The report goes to file descriptor 1 with plain writes. Touching `process.stdout` makes Node
 * load its whole streams machinery, a good part of a one-file run's start-up. Where the descriptor
 * cannot take a blocking write (a non-blocking pipe that is full), the rest goes through
 * process.stdout, which waits for the reader.
 */
export function writeOut(text: string, fd = 1): void {
  // In slices, so that a report of tens of megabytes is not copied whole into one more buffer.
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + SLICE, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--; // never split a character
    let rest = Buffer.from(text.slice(start, end), 'utf8');
    start = end;
    while (rest.length > 0) {
      try {
        rest = rest.subarray(writeSync(fd, rest));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        process.stdout.write(rest);
        if (start < text.length) process.stdout.write(text.slice(start));
        return;
      }
    }
  }
}

const SLICE = 1 << 20;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
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
