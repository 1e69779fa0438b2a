import type { ConfArg, ConfDirective, ConfFacts } from './facts.js';
import type { ConfiguredProcess, Monitor, Scope, Sentinel, Server } from './deployment.js';
import type { Secret } from './secret.js';
import type { Span } from './span.js';
import { known, unknown, type Value } from './value.js';

/** Who a process is, apart from what its directives say. */
export interface ProcessIdentity {
  /** How messages name it: a conf file's path, or `service (compose file)`. */
  name: string;
  scope: Scope;
  declaredAt: Span;
  instances: Value<number>;
  extra?: Partial<Pick<ConfiguredProcess, 'service' | 'mounted' | 'process'>>;
}

/**
 * A process's valid directives by name, built on the first question: rules ask each process for
 * dozens of settings, and scanning its few hundred lines for each made a big repository slow.
 */
function directivesByName(directives: ConfDirective[]): (name: string) => readonly ConfDirective[] {
  let index: Map<string, ConfDirective[]> | undefined;
  return (name) => {
    if (!index) {
      index = new Map();
      for (const directive of directives) {
        if (!directive.valid) continue;
        const list = index.get(directive.name);
        if (list) list.push(directive);
        else index.set(directive.name, [directive]);
      }
    }
    return index.get(name) ?? [];
  };
}
const lastOf = (named: (name: string) => readonly ConfDirective[]) => (name: string) => named(name).at(-1);
const allOf = (named: (name: string) => readonly ConfDirective[]) => (name: string) => [...named(name)];

export function numberArg(arg: ConfArg): Value<number> {
  const value = Number(arg.text);
  return Number.isInteger(value) ? known(value, arg.span) : unknown('not a number', arg.span);
}

/** A password directive's secret; `requirepass ""` means no password. */
function passwordOf(directive: ConfDirective | undefined): Secret | undefined {
  const secret = directive?.args[0]?.secret;
  return secret && !secret.isEmpty ? secret : undefined;
}

/** The fields every process has, read from its effective directives (the last valid line wins). */
function configuredProcess(conf: ConfFacts, directives: ConfDirective[], who: ProcessIdentity, defaultPort: number): ConfiguredProcess {
  const named = directivesByName(directives);
  const setting = lastOf(named);
  const port = setting('port');
  return {
    name: who.name,
    scope: who.scope,
    conf,
    declaredAt: who.declaredAt,
    setting,
    settings: allOf(named),
    directives,
    port: port ? numberArg(port.args[0]!) : known(defaultPort, who.declaredAt),
    requirepass: passwordOf(setting('requirepass')),
    instances: who.instances,
    ...who.extra,
  };
}

export function makeServer(conf: ConfFacts, directives: ConfDirective[], who: ProcessIdentity): Server {
  const base = configuredProcess(conf, directives, who, 6379);
  const replicaof = base.setting('replicaof');
  const isReplica = replicaof && replicaof.args.length === 2 && !(replicaof.args[0]!.text.toLowerCase() === 'no' && replicaof.args[1]!.text.toLowerCase() === 'one');
  return {
    ...base,
    masterauth: passwordOf(base.setting('masterauth')),
    replicaof: isReplica
      ? { host: replicaof.args[0]!, port: numberArg(replicaof.args[1]!), declaredAt: replicaof.span }
      : undefined,
  };
}

export function makeSentinel(conf: ConfFacts, directives: ConfDirective[], who: ProcessIdentity): Sentinel {
  const globals = conf.sentinelOptions.filter((o) => !o.master);
  const sentinel: Sentinel = {
    ...configuredProcess(conf, directives, who, 26379),
    global: (option) => globals.findLast((o) => o.option === option),
    monitors: [],
  };
  sentinel.monitors = conf.monitors.map((fact): Monitor => {
    const options = conf.sentinelOptions.filter((o) => o.master?.text === fact.name.text);
    const option = (name: string) => options.findLast((o) => o.option === name);
    return { ...fact, sentinel, option, authPass: option('auth-pass')?.args[0]?.secret };
  });
  return sentinel;
}
