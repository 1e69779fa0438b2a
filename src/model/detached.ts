/**
 * A copy of a string that does not keep a larger one alive. V8 makes a slice of 13 or more
 * characters a view into the string it was cut from: a value sliced from a file and kept in the
 * model (a conf argument, a password) would keep the whole file's text in memory for the whole run.
 * Slicing a fresh concatenation makes V8 flatten it into a new string first: the result keeps only
 * that copy (one character longer) alive.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
