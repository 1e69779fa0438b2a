import { oncePer } from '../../once-per.js';
import type { ConfArg, ConfFacts } from '../facts.js';

/** `${VAR}`, `${VAR:-default}` anywhere, or `$VAR` at the start of a word or path segment. */
const SHELL_VARIABLE = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+=-][^}]*)?\}|(?:^|\/)\$[A-Za-z_][A-Za-z0-9_]*/;
/** Markers of other template languages: Jinja, ERB, `%VAR%`, `__VAR__`, `@VAR@`. */
const OTHER_TEMPLATE = /\{\{|\{%|<%|%[A-Za-z_][\w.-]*%|__[A-Z][A-Z0-9_]*__|@[A-Z][A-Z0-9_]*@/;

/** The shell-style variable reference in a text (`${REDIS_PORT}`, `$DATA_DIR`), if any. */
export function shellVariableIn(text: string): string | undefined {
  return SHELL_VARIABLE.exec(text)?.[0].replace(/^\//, '');
}

/** A value that some tool is meant to fill in: its literal text says nothing about the deployed value. */
export function isTemplated(text: string): boolean {
  return SHELL_VARIABLE.test(text) || OTHER_TEMPLATE.test(text);
}

/**
 * A file written in a template language other than the shell's (`{{ redis_port }}`): something
 * this scope cannot see renders it before the server reads it.
 */
// Asked by a dozen rules about every file: each file's arguments are read once.
export const isRenderedTemplate: (conf: ConfFacts) => boolean = oncePer((conf) => argumentsOf(conf).some((a) => OTHER_TEMPLATE.test(a.text)));

function argumentsOf(conf: ConfFacts): ConfArg[] {
  return [
    ...conf.directives.flatMap((d) => d.args),
    ...conf.monitors.flatMap((m) => [m.name, m.host]),
    ...conf.sentinelOptions.flatMap((o) => o.args),
  ].filter((a) => !a.secret);
}

/** The directives that decide who can connect to a node without a password. */
export const ACCESS_DIRECTIVES = ['bind', 'port', 'protected-mode', 'requirepass', 'user', 'aclfile'] as const;

/**
 * A file whose lines for these directives hold a template placeholder (`bind ${BIND}`,
 * `protected-mode {{ pm }}`): the parser takes such lines as unknown, so what the node does with
 * them cannot be told. Passwords do not count: a literal `${VAR}` password is still a password.
 */
export function hasTemplatedSetting(conf: ConfFacts, names: readonly string[]): boolean {
  if (isRenderedTemplate(conf)) return true;
  return conf.directives.some((d) => names.includes(d.name) && d.args.some((a) => !a.secret && isTemplated(a.text)));
}
