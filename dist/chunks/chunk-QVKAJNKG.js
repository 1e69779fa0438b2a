#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  hasTemplatePlaceholder
} from "./chunk-EMZFNUDT.js";

// src/model/secret.ts
import { createHash } from "node:crypto";
import { inspect } from "node:util";
var REDACTED = "\xABredacted\xBB";
var PLACEHOLDERS = /* @__PURE__ */ new Set([
  "foobared",
  "changeme",
  "change_me",
  "change-me",
  "changeit",
  "password",
  "passw0rd",
  "p@ssw0rd",
  "secret",
  "redis",
  "redispassword",
  "redis_password",
  "redis-password",
  "mypassword",
  "my_password",
  "yourpassword",
  "your_password",
  "your-password",
  "your_redis_password",
  "your_redis_password_here",
  "your-redis-password",
  "password123",
  "123456",
  "12345678",
  "admin",
  "default",
  "test",
  "example",
  "sentinel",
  "pass",
  "pwd",
  "mysecret",
  "supersecret",
  "qwerty",
  "xxx",
  "xxxx",
  "xxxxxx",
  "todo",
  "replace_me",
  "replaceme"
]);
var PLACEHOLDER_MARKERS = /your[_-]?(redis[_-]?)?pass|change[_-]?me|replace[_-]?me|_here$|^<.*>$|^\*+$/i;
var Secret = class {
  // private: JSON.stringify, spread and Object.keys never see it
  constructor(value, span) {
    this.span = span;
    this.#value = value;
  }
  span;
  #value;
  /**
   * Whether the two cannot be proven different. A template placeholder (`${REDIS_PASSWORD}`,
   * `%PW%`) is rendered before the server reads it, so it may be any password: it counts as equal
   * to everything, and the rules that fire on a mismatch stay silent on what they cannot know.
   */
  equals(other) {
    return this.#value === other.#value || this.isTemplate || other.isTemplate;
  }
  /** A template placeholder, whose real value is only known where the file is rendered. */
  get isTemplate() {
    return hasTemplatePlaceholder(this.#value);
  }
  get isEmpty() {
    return this.#value === "";
  }
  get length() {
    return this.#value.length;
  }
  /** A value copied from documentation (`foobared`, `your_redis_password_here`). */
  get isPlaceholder() {
    return PLACEHOLDERS.has(this.#value.toLowerCase()) || PLACEHOLDER_MARKERS.test(this.#value);
  }
  /** Looks like `${VAR}` or `$VAR`: a variable nobody expanded. */
  get isUnexpandedVariable() {
    return /^\$(\{[A-Za-z_][A-Za-z0-9_]*([:-][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(this.#value);
  }
  /** Whether this password hashes to an ACL `#<sha256 hex>` rule (what Sentinel's rewrite writes). */
  matchesSha256(hex) {
    return createHash("sha256").update(this.#value).digest("hex") === hex.toLowerCase();
  }
  /** Equal to a given non-secret string, e.g. a user name. */
  sameAs(text) {
    return this.#value === text;
  }
  /** For redaction only: the formatters mask these exact texts wherever they appear. */
  revealForRedaction() {
    return this.#value;
  }
  toString() {
    return REDACTED;
  }
  toJSON() {
    return REDACTED;
  }
  [inspect.custom]() {
    return REDACTED;
  }
};

export {
  REDACTED,
  Secret
};
