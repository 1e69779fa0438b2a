import { posix } from 'node:path';
import { MappedTextBuilder, type MappedText } from './mapped-text.js';
import type { Output } from './sh-output.js';

/** What a file holds when a program starts, as far as the script shows. */
export type FileSnapshot =
  | { kind: 'written'; content: MappedText }
  /** The file at `from` (from the image or a mount; itself when the script only appended) plus lines. */
  | { kind: 'copied'; from: string; appended: MappedText }
  /** The script did not touch it: it comes from the image or a mount. */
  | { kind: 'untouched' }
  | { kind: 'unknown'; why: string };

type FileState = Exclude<FileSnapshot, { kind: 'untouched' }> | { kind: 'removed' };

/**
 * The files a script writes, as it writes them: whole (`>`), appended to (`>>`), copied (`cp`,
 * `mv`, `cat a > b`), removed, or changed in ways that are not followed. A nested shell shares
 * the files but not the working directory.
 */
export class ScriptFiles {
  /** A write to a path that is not known: any file read later may be it. */
  unknownWrite: string | undefined;

  constructor(
    public cwd: string | undefined,
    private readonly files = new Map<string, FileState>(),
  ) {}

  /** For a nested shell: the same files, its own working directory. */
  child(): ScriptFiles {
    return new ScriptFiles(this.cwd, this.files);
  }

  /** An absolute path, or undefined when it is relative and the working directory is not known. */
  resolve(path: string): string | undefined {
    if (path.startsWith('/')) return posix.normalize(path);
    return this.cwd ? posix.join(this.cwd, path) : undefined;
  }

  /** What the file holds now; `opaque` says why anything untouched is unknown anyway. */
  snapshot(path: string, opaque: string | undefined): FileSnapshot {
    const resolved = this.resolve(path);
    const state = resolved === undefined ? undefined : this.files.get(resolved);
    if (state?.kind === 'removed') return { kind: 'unknown', why: 'the script deletes it before the server starts' };
    if (state) return state;
    if (this.unknownWrite) return { kind: 'unknown', why: this.unknownWrite };
    if (opaque) return { kind: 'unknown', why: `the script changes things sentinel-lint cannot see: ${opaque}` };
    return { kind: 'untouched' };
  }

  /** The content the script gave the file, when it wrote it whole. */
  written(path: string): MappedText | undefined {
    const state = this.files.get(this.resolve(path) ?? path);
    return state?.kind === 'written' ? state.content : undefined;
  }

  remove(path: string, certain: boolean): void {
    this.set(path, { kind: 'removed' }, certain);
  }

  /** A command that may change the file in ways not followed (`sed -i`, `envsubst`, a loop). */
  spoil(path: string, why: string, certain: boolean): void {
    this.set(path, { kind: 'unknown', why }, certain);
  }

  /** `cp SRC DST`, `mv SRC DST`: DST now holds what SRC holds. */
  copy(from: string, to: string, move: boolean, certain: boolean): void {
    const source = this.resolve(from);
    const target = to.endsWith('/') ? posix.join(to, posix.basename(from)) : to;
    const state = source ? this.files.get(source) : undefined;
    this.set(target, state ?? { kind: 'copied', from: source ?? from, appended: empty() }, certain);
    if (move && source) this.remove(source, certain);
  }

  write(path: string, output: Output, append: boolean, certain: boolean): void {
    if (path.startsWith('/dev/')) return;
    const resolved = this.resolve(path) ?? path;
    if (!output.known) {
      const { copyOf } = output;
      this.set(resolved, copyOf && !append ? { kind: 'copied', from: this.resolve(copyOf) ?? copyOf, appended: empty() } : { kind: 'unknown', why: output.why }, certain);
      return;
    }
    if (!append) {
      this.set(resolved, { kind: 'written', content: output.text }, certain);
      return;
    }
    const before = this.files.get(resolved);
    const joined = (base: MappedText) => new MappedTextBuilder(base.anchor).append(base).append(output.text).build();
    const after: FileState =
      before === undefined ? { kind: 'copied', from: resolved, appended: output.text }
      : before.kind === 'written' ? { kind: 'written', content: joined(before.content) }
      : before.kind === 'copied' ? { kind: 'copied', from: before.from, appended: joined(before.appended) }
      : before.kind === 'removed' ? { kind: 'written', content: output.text }
      : before;
    this.set(resolved, after, certain);
  }

  private set(path: string, state: FileState, certain: boolean): void {
    // What a conditional or a loop writes may or may not be there.
    this.files.set(this.resolve(path) ?? path, certain ? state : { kind: 'unknown', why: 'written inside a conditional or loop' });
  }
}

function empty(): MappedText {
  return new MappedTextBuilder([0, 0]).build();
}
