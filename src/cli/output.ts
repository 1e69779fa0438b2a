import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';

/**
 * The report goes to file descriptor 1 with plain writes. Touching `process.stdout` makes Node
 * load its whole streams machinery, a good part of a one-file run's start-up. Where the descriptor
 * cannot take a blocking write (a non-blocking pipe that is full), the rest goes through
 * process.stdout, which waits for the reader.
 */
export function writeOut(text: string, fd = 1): void {
  // Once standard output has been handed to process.stdout, everything after goes the same way, in order.
  if (fd === 1 && throughStream) {
    process.stdout.write(text);
    return;
  }
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
        if (fd === 1) throughStream = true;
        process.stdout.write(rest);
        if (start < text.length) process.stdout.write(text.slice(start));
        return;
      }
    }
  }
}

const SLICE = 1 << 20;

/** Whether standard output went over to process.stdout (a full non-blocking pipe). */
let throughStream = false;

/** A report written as it is made, in parts: a report of tens of megabytes is never held whole. */
export interface Output {
  write(part: string): void;
  /** Writes what is still buffered, and closes the file (standard output stays open). */
  close(): void;
}

/**
 * Standard output, or the given file (created or truncated). Parts are gathered into slices of
 * about a megabyte, so that ten thousand small parts are not ten thousand system calls.
 */
export function openOutput(file?: string): Output {
  const fd = file === undefined ? 1 : openSync(file, 'w');
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length > 0) writeOut(parts.join(''), fd);
    parts = [];
    size = 0;
  };
  return {
    write(part) {
      parts.push(part);
      size += part.length;
      if (size >= SLICE) flush();
    },
    close() {
      flush();
      if (fd !== 1) closeSync(fd);
    },
  };
}

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
