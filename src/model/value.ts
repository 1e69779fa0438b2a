import type { Span } from './span.js';

/** A value read from a file, with where it was read. */
export type Known<T> = { known: true; value: T; span: Span };
/** Not knowable statically, e.g. `${REDIS_PASSWORD}` with no default. Rules stay silent on it. */
export type Unknown = { known: false; why: string; span: Span };
export type Value<T> = Known<T> | Unknown;

export const known = <T>(value: T, span: Span): Known<T> => ({ known: true, value, span });
export const unknown = (why: string, span: Span): Unknown => ({ known: false, why, span });
