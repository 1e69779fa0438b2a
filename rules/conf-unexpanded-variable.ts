import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment } from '../src/model/deployment.js';
import type { ConfArg, ConfFacts } from '../src/model/facts.js';
import { confNodes } from '../src/model/queries/conf-node.js';
import { atoiArgument } from '../src/model/queries/sentinel-numbers.js';
import { isRenderedTemplate, shellVariableIn } from '../src/model/queries/template-markers.js';

export default defineRule({
  id: 'conf-unexpanded-variable',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A `${VAR}` or `$VAR` in a redis.conf or sentinel.conf that is loaded as it is.',
    breaks:
      'redis-server and redis-sentinel never expand variables: the characters themselves become the value (config.c, ' +
      'sentinel.c). A number reads as an error or, in `sentinel` lines, as 0 (`sentinel monitor m h 6379 ${QUORUM}` gives ' +
      '"Quorum must be 1 or greater."); a host, path or name never matches anything. A password becomes the literal ' +
      'text, so clients that send the intended value are refused (a warning: it may be what every client sends). Files ' +
      'that nothing deploys are loaded as they are: no envsubst, sed or entrypoint rewrites them.',
    fix:
      'Write the value into the file, or generate the file when the container starts (envsubst, an entrypoint script), ' +
      'or pass the value as a command-line option (`redis-server /etc/redis.conf --requirepass "$REDIS_PASSWORD"`).',
    example: { bad: 'bad-variable-in-monitor', good: 'good-literal-values' },
  },
  *check(deployment) {
    for (const conf of loadedAsIs(deployment)) {
      const server = conf.kind === 'sentinel-conf' ? 'redis-sentinel' : 'redis-server';
      for (const directive of conf.directives) {
        for (const arg of directive.args) yield* check(arg, directive.written, server);
      }
      for (const monitor of conf.monitors) {
        for (const arg of [monitor.name, monitor.host]) yield* check(arg, 'sentinel monitor', server);
      }
      for (const option of conf.sentinelOptions) {
        const number = atoiArgument(option);
        for (const arg of option.args) {
          yield* check(arg, `sentinel ${option.option}`, server, arg === number ? ' Sentinel reads it with atoi, as 0.' : '');
        }
      }
    }
  },
});

/**
 * Conf files nothing rewrites on their way to the server: today every file is in a conf-only
 * scope, where nothing between the repository and the server could expand a variable. A file
 * written in another template language is rendered by something this scope cannot see.
 */
function loadedAsIs(deployment: Deployment): ConfFacts[] {
  const rewritable = new Set(confNodes(deployment).filter((n) => n.scope.kind !== 'conf-folder').map((n) => n.conf));
  return deployment.confs.filter((conf) => !rewritable.has(conf) && !isRenderedTemplate(conf));
}

function* check(arg: ConfArg, directive: string, server: string, consequence = ''): Iterable<Finding> {
  if (arg.secret) {
    if (!arg.secret.isUnexpandedVariable) return;
    yield {
      at: arg.span,
      level: 'warning',
      message:
        `The password in this ${directive} line is a variable reference that ${server} never expands: the password is ` +
        'those characters themselves, so clients (or the other end of the link) that send the intended value are ' +
        'refused. Write the password into the file when it is deployed, or pass it on the command line.',
    };
    return;
  }
  const variable = shellVariableIn(arg.text);
  if (!variable) return;
  yield {
    at: arg.span,
    message:
      `${server} reads ${variable} literally: a conf file is not a shell script and nothing expands variables in this ` +
      `one, so ${directive} gets the characters themselves.${consequence} Write the value into the file, or generate ` +
      'the file when the container starts (envsubst, an entrypoint script).',
  };
}
