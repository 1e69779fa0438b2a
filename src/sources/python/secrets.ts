import { Secret } from '../../model/secret.js';
import type { LineIndex } from '../../model/span.js';
import { holeIn, sourceRange } from '../compose/mapped-text.js';
import type { PyStr, PyValue } from './facts.js';

/** Names whose values are passwords or keys (the same words compose's `environment:` uses). */
const SECRET_NAME = /PASSWORD|PASS|SECRET|TOKEN/i;

/** `scheme://user:password@`: kombu and redis-py read the password from the first URL's user info. */
const URL_USER_INFO = /\b(?:rediss?|sentinel|redis\+sentinel|unix|amqps?|sqla\+[a-z]+|[a-z]+\+redis):\/\/([^\s@/;,?#]*)@/gi;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Every secret a Python file holds, once each, as soon as a value is bound to a name, key or argument. */
export class SecretCollector {
  readonly secrets: Secret[] = [];
  readonly #seen = new Map<string, Secret[]>();

  constructor(readonly index: LineIndex) {}

  /** `name = value`, `name=value` in a call, `'name': value` in a dict, or an unnamed argument or item. */
  bind(name: string | undefined, value: PyValue): void {
    const str = value.kind === 'str' ? value : value.kind === 'env' && value.default?.kind === 'str' ? value.default : undefined;
    if (!str) return;
    this.#scanUrls(str);
    if (name !== undefined && isSecretName(name) && !holeIn(str.text) && !str.secret) {
      str.secret = this.#add(str.text.text, sourceRange(str.text, 0, str.text.text.length));
    }
  }

  #scanUrls(str: PyStr): void {
    const text = str.text.text;
    if (!text.includes('@')) return;
    for (const match of text.matchAll(URL_USER_INFO)) {
      const userInfo = match[1]!;
      const colon = userInfo.indexOf(':');
      if (colon === -1) continue;
      const end = match.index! + match[0].length - 1;
      const start = end - userInfo.length + colon + 1;
      if (start >= end || holeIn(str.text, start, end)) continue;
      this.#add(unquote(text.slice(start, end)), sourceRange(str.text, start, end));
    }
  }

  #add(value: string, range: [number, number]): Secret {
    const span = this.index.span(range[0], range[1]);
    const key = `${span.line}:${span.column}:${span.endLine}:${span.endColumn}`;
    const same = this.#seen.get(key) ?? [];
    const found = same.find((s) => s.sameAs(value));
    if (found) return found;
    const secret = new Secret(value, span);
    same.push(secret);
    this.#seen.set(key, same);
    this.secrets.push(secret);
    return secret;
  }
}

/** redis-py and kombu percent-decode the password of a URL. */
function unquote(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
