import { Secret } from '../../model/secret.js';
import { known, unknown, type Value } from '../../model/value.js';
import type { ComposeValues } from './compose-value.js';
import type { EnvVar } from './facts.js';
import { holeIn, sourceRange } from './mapped-text.js';

/** Names whose values are passwords or keys: they become secrets, never plain text in facts. */
const SECRET_NAME = /PASSWORD|PASS|SECRET|TOKEN/i;

export interface Environment {
  vars: EnvVar[];
  /** The known values by name, secrets included: what a script in the container sees. */
  known: Map<string, string>;
}

/**
 * `environment:` in its list (`- KEY=value`) and map (`KEY: value`) forms. A key with no value
 * (`- KEY`, `KEY:`) takes its value from the environment compose runs in, of which the project's
 * `.env` is the part that can be known.
 */
export function readEnvironment(values: ComposeValues, node: unknown): Environment {
  const { tree, index, env } = values;
  const result: Environment = { vars: [], known: new Map() };
  const add = (name: string, nameSpan: EnvVar['nameSpan'], value: Value<string>, valueAt?: [number, number]) => {
    const isSecret = SECRET_NAME.test(name);
    const entry: EnvVar = { name, nameSpan, value: isSecret && value.known ? known('«redacted»', value.span) : value };
    if (isSecret && value.known) entry.secret = new Secret(value.value, value.span);
    const dollars = isSecret && valueAt ? values.dollarsWithin(...valueAt) : [];
    if (dollars.length) entry.dollars = dollars;
    result.vars.push(entry);
    if (value.known) result.known.set(name, value.value);
  };
  const fromProject = (name: string, span: EnvVar['nameSpan']): Value<string> => {
    const value = env.get(name);
    return value === undefined ? unknown(`${name} takes its value from where compose runs`, span) : known(value, span);
  };

  const list = tree.seq(node);
  if (list) {
    for (const item of list) {
      const text = values.mapped(item);
      if (!text) continue;
      const eq = text.text.indexOf('=');
      const name = eq === -1 ? text.text : text.text.slice(0, eq);
      const nameSpan = index.span(...sourceRange(text, 0, name.length));
      if (eq === -1) {
        add(name, nameSpan, fromProject(name, nameSpan));
        continue;
      }
      const valueAt = sourceRange(text, eq + 1, text.text.length);
      const valueSpan = index.span(...valueAt);
      const hole = holeIn(text, eq + 1);
      add(name, nameSpan, hole ? unknown(hole.why, valueSpan) : known(text.text.slice(eq + 1), valueSpan), valueAt);
    }
    return result;
  }
  for (const entry of tree.entries(node)) {
    const nameSpan = values.span(entry.keyNode);
    const value = values.string(entry.value);
    add(entry.key, nameSpan, value ?? fromProject(entry.key, nameSpan), value ? tree.range(entry.value) : undefined);
  }
  return result;
}
