import { closeSync, fstatSync, openSync, statSync, writeSync } from 'node:fs';

/**
 * The report goes to file descriptor 1 with plain writes. Touching `process.stdout` makes Node
 * load its whole streams machinery, a good part of a one-file run's start-up. Where the descriptor
 * cannot take a blocking write (a non-blocking pipe that is full), the rest goes through
 * process.stdout, which waits for the reader.
 */
export function writeOut(text: string, fd = 1): void {
  // In slices, so that a report of tens of megabytes is not copied whole into one more buffer.
  for (let start = 0; start < text.length; ) {
    // Once standard output has been handed to process.stdout, everything after goes the same way, in order.
    if (fd === 1 && throughStream) {
      process.stdout.write(start === 0 ? text : text.slice(start));
      return;
    }
    let end = Math.min(start + SLICE, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--; // never split a character
    writeBytes(fd, Buffer.from(text.slice(start, end), 'utf8'));
    start = end;
  }
}

/** Writes all the bytes with blocking writes; a full non-blocking pipe on stdout hands over to process.stdout. */
function writeBytes(fd: number, bytes: Buffer): void {
  if (fd === 1 && throughStream) {
    process.stdout.write(Buffer.from(bytes)); // a copy: the stream keeps it until written, and the caller reuses its buffer
    return;
  }
  let rest = bytes;
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || fd !== 1) throw error;
      throughStream = true;
      process.stdout.write(Buffer.from(rest));
      return;
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
 * Standard output, or the given file (created or truncated). Parts are encoded into one reused
 * buffer of about a megabyte and written when it is full, so that ten thousand small parts are not
 * ten thousand system calls, and no part is ever joined into a larger string: a report holding
 * one character beyond Latin-1 would make every joined slice a two-byte string, twice the memory.
 */
export function openOutput(file?: string): Output {
  const fd = file === undefined ? 1 : openSync(file, 'w');
  const bytes = Buffer.allocUnsafeSlow(SLICE);
  let used = 0;
  const flush = () => {
    if (used > 0) writeBytes(fd, bytes.subarray(0, used));
    used = 0;
  };
  return {
    write(part) {
      // UTF-8 takes at most three bytes for each UTF-16 unit: a part that might not fit is never cut.
      if (part.length * 3 > SLICE - used) flush();
      if (part.length * 3 > SLICE) writeOut(part, fd);
      else used += bytes.write(part, used, 'utf8');
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
    const out = fstatSync(1);
    if (!out.isCharacterDevice()) return false;
    // /dev/null is a character device too (`sentinel-lint > /dev/null` for the exit code alone):
    // told apart by its device number, it does not load process.stdout's streams either.
    if (process.platform !== 'win32' && out.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
}
