import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Deployment } from '../src/model/deployment.js';
import type { ConfArg, ConfDirective, ConfFacts, SentinelOptionFact } from '../src/model/facts.js';
import type { Level } from '../src/model/facts.js';
import { confNodes } from '../src/model/queries/conf-node.js';
import { atoiArgument, readAtoi } from '../src/model/queries/sentinel-numbers.js';
import { isRenderedTemplate, shellVariableIn } from '../src/model/queries/template-markers.js';

/** What the literal text does to the server: refuse to start (an error), or run with a wrong value (a warning). */
interface Outcome {
  level: Level;
  consequence: string;
}

const RUNS_WITH_IT: Outcome = { level: 'warning', consequence: '' };
const REFUSED: Outcome = { level: 'error', consequence: ' The server refuses that value and does not start.' };

/** Generic directives whose literal `${…}` value stops the server at start although the parser accepts the line. */
const REFUSING_DIRECTIVES: Readonly<Record<string, Outcome>> = {
  dir: { level: 'error', consequence: ' No such directory exists, so the server stops at this line (dir changes into it).' },
  include: { level: 'error', consequence: ' No such file exists, so the server stops: "Fatal error, can\'t open config file".' },
  aclfile: { level: 'error', consequence: ' No such file exists, so the server stops because it cannot load the ACL file.' },
  bind: { level: 'error', consequence: ' No interface has that address, so the server stops: "Failed listening on port … (TCP), aborting."' },
  loadmodule: { level: 'error', consequence: ' No such module exists, so the server stops.' },
};

export default defineRule({
  id: 'conf-unexpanded-variable',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A `${VAR}` or `$VAR` in a redis.conf or sentinel.conf that is loaded as it is.',
    breaks:
      'redis-server and redis-sentinel never expand variables: the characters themselves become the value (config.c, ' +
      'sentinel.c). Where the server then refuses to start the finding is an error: a number or enum it cannot parse, ' +
      'a Sentinel timeout that atoi reads as 0, a monitored host that is not an IP address without resolve-hostnames, a ' +
      '`dir`, `include`, `aclfile`, script or `bind` address that does not exist. Where it starts with a wrong value it ' +
      'is a warning: a password that is the literal text (clients sending the intended value are refused), a host ' +
      'name that never resolves, a count that reads as 0. Whether something renders the file first (envsubst, sed, an ' +
      'entrypoint) decides it: a conf file that no deployment in the repository is seen to load is reported at note ' +
      'level, "if nothing renders it"; files in another template language (`{{ … }}`) are left alone.',
    fix:
      'Write the value into the file, or generate the file when the container starts (envsubst, an entrypoint script), ' +
      'or pass the value as a command-line option (`redis-server /etc/redis.conf --requirepass "$REDIS_PASSWORD"`).',
    example: { bad: 'bad-variable-in-monitor', good: 'good-literal-values' },
  },
  *check(deployment) {
    for (const { conf, certain } of loadedAsIs(deployment)) {
      const server = conf.kind === 'sentinel-conf' ? 'redis-sentinel' : 'redis-server';
      const resolvesNames = conf.sentinelOptions.findLast((o) => o.option === 'resolve-hostnames')?.args[0]?.text.toLowerCase() === 'yes';
      const hostOutcome: Outcome = resolvesNames
        ? { level: 'warning', consequence: ' No host has that name, so Sentinel never reaches it.' }
        : { level: 'error', consequence: ' It is not an IP address, so Sentinel stops: "Can\'t resolve instance hostname."' };
      const found: Finding[] = [];
      for (const directive of conf.directives) {
        for (const arg of directive.args) found.push(...check(arg, directive.written, server, directiveOutcome(directive, arg)));
      }
      for (const monitor of conf.monitors) {
        found.push(...check(monitor.name, 'sentinel monitor', server, RUNS_WITH_IT));
        found.push(...check(monitor.host, 'sentinel monitor', server, hostOutcome));
        // MonitorFact keeps only the number atoi made of the quorum. A quorum below 1 that the parser
        // did not refuse is one it left to this rule: its line holds a placeholder.
        const { quorum } = monitor;
        if (quorum.known && quorum.value <= 0 && !reported(deployment, quorum.span)) {
          found.push({
            at: quorum.span,
            message:
              `The quorum of ${monitor.name.text} is a placeholder that redis-sentinel never expands: it reads it with atoi ` +
              'as 0 and stops: "Quorum must be 1 or greater.". Write the number into the file, or generate the file when ' +
              'the container starts (envsubst, an entrypoint script).',
          });
        }
      }
      for (const option of conf.sentinelOptions) {
        for (const [i, arg] of option.args.entries()) {
          const isHost = (option.option === 'known-replica' || option.option === 'known-sentinel') && i === 0;
          found.push(...check(arg, `sentinel ${option.option}`, server, isHost ? hostOutcome : optionOutcome(option, arg)));
        }
      }
      yield* certain ? found : found.map(unlessRendered);
    }
  },
});

/**
 * A file that no deployment in the repository is seen to load may well be rendered first
 * (envsubst in an entrypoint): then the finding is only what happens if it is not.
 */
function unlessRendered(finding: Finding): Finding {
  return { ...finding, level: 'note', message: `If nothing renders this file before the server reads it: ${finding.message}` };
}

/**
 * Conf files with shell-style variables, and whether they are certainly loaded as they are. In a
 * conf-only scope nothing shows how a file reaches the server, so that is not certain; a file
 * that a compose service mounts and hands to the server untouched certainly is. A file written in
 * another template language is rendered by something this scope cannot see, and lines a compose
 * file holds are expanded by compose or by the shell before the server sees them.
 */
function loadedAsIs(deployment: Deployment): { conf: ConfFacts; certain: boolean }[] {
  const deployed = new Set(confNodes(deployment).flatMap((n) => (n.mounted ? [n.mounted.conf] : [])));
  const composeFiles = new Set(deployment.compose.map((p) => p.file));
  return deployment.confs
    .filter((conf) => !isRenderedTemplate(conf) && !composeFiles.has(conf.file))
    .map((conf) => ({ conf, certain: deployed.has(conf) }));
}

function reported(deployment: Deployment, at: ConfArg['span']): boolean {
  return deployment.problems.some((p) => p.at.file === at.file && p.at.line === at.line);
}

function directiveOutcome(directive: ConfDirective, arg: ConfArg): Outcome {
  // The parser leaves templated lines to this rule: `valid` is its verdict on the literal text.
  if (!directive.valid) return REFUSED;
  if (directive.name === 'bind' && arg.text.startsWith('-')) return RUNS_WITH_IT; // an optional address
  if (directive.name === 'replicaof') {
    return { level: 'warning', consequence: ' No host has that name, so the replica never connects to its master.' };
  }
  return REFUSING_DIRECTIVES[directive.name] ?? RUNS_WITH_IT;
}

function optionOutcome(option: SentinelOptionFact, arg: ConfArg): Outcome {
  if (option.option === 'notification-script' || option.option === 'client-reconfig-script') {
    return { level: 'error', consequence: ' No such script exists, so Sentinel stops: the script "seems non existing or non executable".' };
  }
  if (arg !== atoiArgument(option)) return RUNS_WITH_IT;
  const value = readAtoi(arg.text);
  if ((option.option === 'down-after-milliseconds' || option.option === 'failover-timeout') && value <= 0) {
    return { level: 'error', consequence: ` Sentinel reads it with atoi as ${value} and stops: "negative or zero time parameter."` };
  }
  return { level: 'warning', consequence: ` Sentinel reads it with atoi, as ${value}.` };
}

function* check(arg: ConfArg, directive: string, server: string, outcome: Outcome): Iterable<Finding> {
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
    level: outcome.level,
    message:
      `${server} reads ${variable} literally: a conf file is not a shell script and nothing expands variables in this ` +
      `one, so ${directive} gets the characters themselves.${outcome.consequence} Write the value into the file, or ` +
      'generate the file when the container starts (envsubst, an entrypoint script).',
  };
}
