/**
 * A template placeholder that something renders before the server reads the text: `${VAR}`,
 * `$VAR` (envsubst), `%VAR%`, `{VAR}`, `__VAR__` and `@VAR@` (sed scripts), `{{ var }}` (Jinja,
 * Helm), `<%= %>` (ERB), and shell command substitution (`$(cat /run/secrets/pw)`, backquotes).
 * Its value is unknown, so rules stay silent on it.
 */
export function hasTemplatePlaceholder(value: string): boolean {
  return /\$(\{[A-Za-z_]|[A-Za-z_]|\()|`|%[A-Za-z_][\w.-]*%|\{[A-Za-z_][\w.-]*\}|\{\{|\{%|<%|__[A-Z][A-Z0-9_]*__|@[A-Z][A-Z0-9_]*@/.test(value);
}
