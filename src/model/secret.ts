import { sha256Hex } from '../sha256.js';
import { inspect } from 'node:util';
import { detached } from './detached.js';
import type { Span } from './span.js';
import { hasTemplatePlaceholder } from './template.js';

const REDACTED = '«redacted»';

/** Passwords people copy from documentation and examples (redis.conf ships `foobared`). */
const PLACEHOLDERS = new Set([
  'foobared', 'changeme', 'change_me', 'change-me', 'changeit', 'password', 'passw0rd', 'p@ssw0rd', 'secret',
  'redis', 'redispassword', 'redis_password', 'redis-password', 'mypassword', 'my_password', 'yourpassword',
  'your_password', 'your-password', 'your_redis_password', 'your_redis_password_here', 'your-redis-password',
  'password123', '123456', '12345678', 'admin', 'default', 'test', 'example', 'sentinel', 'pass', 'pwd',
  'mysecret', 'supersecret', 'qwerty', 'xxx', 'xxxx', 'xxxxxx', 'todo', 'replace_me', 'replaceme',
]);

/** Words that mark a value as a placeholder whatever surrounds them. */
const PLACEHOLDER_MARKERS = /your[_-]?(redis[_-]?)?pass|change[_-]?me|replace[_-]?me|_here$|^<.*>$|^\*+$/i;

/** A password from a config: compares and classifies, never prints its value. */
export class Secret {
  readonly #value: string; // private: JSON.stringify, spread and Object.keys never see it
  /** The text at `span` in its file (quoted, escaped), noted while the file's text was at hand. */
  #written: string | undefined;

  constructor(
    value: string,
    readonly span: Span,
  ) {
    this.#value = detached(value);
  }

  /** Notes the text this secret is written as at its span, for redaction after the file's text is gone. */
  noteWritten(text: string): void {
    this.#written = detached(text);
  }

  /** For redaction only: the text at the secret's span, when it was noted. */
  writtenForRedaction(): string | undefined {
    return this.#written;
  }

  /**
   * Whether the two cannot be proven different. A template placeholder (`${REDIS_PASSWORD}`,
   * `%PW%`) is rendered before the server reads it, so it may be any password: it counts as equal
   * to everything, and the rules that fire on a mismatch stay silent on what they cannot know.
   */
  equals(other: Secret): boolean {
    return this.#value === other.#value || this.isTemplate || other.isTemplate;
  }

  /** A template placeholder, whose real value is only known where the file is rendered. */
  get isTemplate(): boolean {
    return hasTemplatePlaceholder(this.#value);
  }

  get isEmpty(): boolean {
    return this.#value === '';
  }

  get length(): number {
    return this.#value.length;
  }

  /** A value copied from documentation (`foobared`, `your_redis_password_here`). */
  get isPlaceholder(): boolean {
    return PLACEHOLDERS.has(this.#value.toLowerCase()) || PLACEHOLDER_MARKERS.test(this.#value);
  }

  /** Looks like `${VAR}` or `$VAR`: a variable nobody expanded. */
  get isUnexpandedVariable(): boolean {
    return /^\$(\{[A-Za-z_][A-Za-z0-9_]*([:-][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(this.#value);
  }

  /** Whether this password hashes to an ACL `#<sha256 hex>` rule (what Sentinel's rewrite writes). */
  matchesSha256(hex: string): boolean {
    return sha256Hex(this.#value) === hex.toLowerCase();
  }

  /** Equal to a given non-secret string, e.g. a user name. */
  sameAs(text: string): boolean {
    return this.#value === text;
  }

  /** For redaction only: the formatters mask these exact texts wherever they appear. */
  revealForRedaction(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}

export { REDACTED };
