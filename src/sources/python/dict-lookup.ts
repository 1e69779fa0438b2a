import type { PyDict, PyDictEntry, PyValue } from './facts.js';
import { knownText } from './py-text.js';

// Lookups in a Python dict value, apart from the evaluator: rules and queries read dicts, and
// importing them from the evaluator would load the Python parser for a repository with no Python.

/** The last entry whose key equals `key` (Python keeps the last duplicate). */
export function lookupEntry(dict: PyDict, key: PyValue): PyDictEntry | undefined {
  const wanted = key.kind === 'str' ? knownText(key) : key.kind === 'number' ? key.value : undefined;
  return wanted === undefined ? undefined : lookupKey(dict, wanted);
}

export function lookupKey(dict: PyDict, wanted: string | number): PyDictEntry | undefined {
  for (let i = dict.entries.length - 1; i >= 0; i--) {
    const entry = dict.entries[i]!;
    const have = entry.key.kind === 'str' ? knownText(entry.key) : entry.key.kind === 'number' ? entry.key.value : undefined;
    if (have === wanted) return entry;
  }
  return undefined;
}
