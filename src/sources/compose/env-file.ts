/**
 * A `.env` file as docker compose reads it for interpolation (compose-go's dotenv): `KEY=VALUE`
 * lines, `export ` allowed, `#` comments, single quotes literal, double quotes with `\n`-style
 * escapes, an unquoted value cut at ` #`. Values are only used to interpolate `${VAR}`; what a
 * shell would make of the file is another matter (env-unquoted-semicolon, later).
 */
export function readEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(raw);
    if (!match) continue;
    const [, key, rest = ''] = match;
    values.set(key!, valueOf(rest));
  }
  return values;
}

function valueOf(rest: string): string {
  if (rest.startsWith("'")) {
    const end = rest.indexOf("'", 1);
    return end === -1 ? rest.slice(1) : rest.slice(1, end);
  }
  if (rest.startsWith('"')) {
    let out = '';
    for (let i = 1; i < rest.length; i++) {
      const c = rest[i]!;
      if (c === '"') break;
      if (c === '\\' && i + 1 < rest.length) {
        const next = rest[++i]!;
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
      } else out += c;
    }
    return out;
  }
  const comment = rest.search(/\s#/);
  return (comment === -1 ? rest : rest.slice(0, comment)).trim();
}
