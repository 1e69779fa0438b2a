import { closeSync, constants, openSync, readSync, fstatSync } from 'node:fs';

/** Files over this size are reported, not read (issue: "huge (> 10 MB)"). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ReadOutcome =
  | {
      ok: true;
      text: string;
      encoding: 'utf-8' | 'latin1' | 'utf-16';
      /** Size, modification time and inode when read: a later read with another stamp is another text. */
      stamp?: string;
    }
  | { ok: false; why: string };

/**
 * Reads a file once, bounded, and decides how to decode it. redis-server reads bytes, so a conf
 * file that is not valid UTF-8 (Latin-1 or GBK comments) is decoded byte for byte rather than
 * refused; NUL bytes mean a binary file; a UTF-16 BOM is decoded and flagged by the caller.
 */
export function readBounded(absolutePath: string): ReadOutcome {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO swapped in after discovery would block the open forever; fstat then refuses it.
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, why: 'it is not a regular file' };
    if (stat.size > MAX_FILE_BYTES) {
      return { ok: false, why: `it is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit` };
    }
    const bytes = scratchOf(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const decoded = decode(bytes.subarray(0, read));
    return decoded.ok ? { ...decoded, stamp: `${stat.size}:${stat.mtimeMs}:${stat.ino}` } : decoded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, why: `it could not be read (${code})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * One buffer for every file read, grown to the largest: the text decoded from it is a copy, so a
 * file's bytes never outlive its read. A fresh buffer per file made the allocator hand out (and
 * the system fault in) new memory for every large conf file, which on small virtual machines
 * costs as much as reading it. Unfilled: every byte used is read over first.
 */
let scratch = Buffer.allocUnsafeSlow(0);

function scratchOf(size: number): Buffer {
  if (size > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
  return scratch.subarray(0, size);
}

// ignoreBOM keeps a UTF-8 BOM in the text: redis-server does not strip it (conf-bom). One decoder
// for every file: a non-streaming decode() starts afresh, even after a fatal error.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Buffer): ReadOutcome {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const little = bytes[0] === 0xff;
    const body = Buffer.from(bytes.subarray(2));
    if (!little) body.swap16();
    return { ok: true, text: body.toString('utf16le'), encoding: 'utf-16' };
  }
  if (bytes.includes(0)) return { ok: false, why: 'it is a binary file (it contains NUL bytes)' };
  try {
    return { ok: true, text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: bytes.toString('latin1'), encoding: 'latin1' };
  }
}
