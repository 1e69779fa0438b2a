import type { ConfArg, MonitorFact, ParseProblem, SentinelOptionFact } from '../../model/facts.js';
import { known } from '../../model/value.js';
import { atoi } from './atoi.js';
import { isIpLiteral } from '../../model/address.js';

/**
 * `sentinel <option> …` lines, checked as sentinel.c `sentinelHandleConfiguration` does. The
 * server queues them and runs them in three phases after reading the file (pre-monitor options,
 * then every `monitor`, then the rest), so their order in the file does not matter (6.2+).
 */

/** sentinel.c `preMonitorCfgName`. */
const PRE_MONITOR = new Set([
  'announce-ip', 'announce-port', 'deny-scripts-reconfig', 'sentinel-user', 'sentinel-pass',
  'current-epoch', 'myid', 'resolve-hostnames', 'announce-hostnames',
]);

/** Argument counts after `sentinel`, the option included (sentinel.c `argc == N`). */
const ARG_COUNTS: Record<string, number[]> = {
  monitor: [5],
  'down-after-milliseconds': [3],
  'failover-timeout': [3],
  'parallel-syncs': [3],
  'notification-script': [3],
  'client-reconfig-script': [3],
  'auth-pass': [3],
  'auth-user': [3],
  'current-epoch': [2],
  myid: [2],
  'config-epoch': [3],
  'leader-epoch': [3],
  'known-slave': [4],
  'known-replica': [4],
  'known-sentinel': [4, 5],
  'rename-command': [4],
  'announce-ip': [2],
  'announce-port': [2],
  'deny-scripts-reconfig': [2],
  'sentinel-user': [2],
  'sentinel-pass': [2],
  'resolve-hostnames': [2],
  'announce-hostnames': [2],
  'master-reboot-down-after-period': [3],
};

/** Options whose first argument is a master name. */
const PER_MASTER = new Set([
  'down-after-milliseconds', 'failover-timeout', 'parallel-syncs', 'notification-script', 'client-reconfig-script',
  'auth-pass', 'auth-user', 'config-epoch', 'leader-epoch', 'known-slave', 'known-replica', 'known-sentinel',
  'rename-command', 'master-reboot-down-after-period',
]);

/** A `sentinel` line split after the word `sentinel`: args[0] is the option as written. */
export interface SentinelLine {
  args: ConfArg[];
  declaredAt: ConfArg['span'];
  /** The span that names the problem when the whole statement is wrong. */
  lineSpan: ConfArg['span'];
  /** A template line (`${QUORUM}`): its values are unknown, so what the server would say of it is too. */
  templated?: boolean;
}

export interface SentinelLinesResult {
  monitors: MonitorFact[];
  options: SentinelOptionFact[];
  problems: ParseProblem[];
}

/** Whether `sentinel <option> …` has an argument count the server accepts (option included). */
export function isSentinelArgCount(option: string, count: number): boolean {
  return ARG_COUNTS[option]?.includes(count) ?? false;
}

const yesNo = (text: string) => (text.toLowerCase() === 'yes' ? 1 : text.toLowerCase() === 'no' ? 0 : -1);

export function checkSentinelLines(lines: SentinelLine[]): SentinelLinesResult {
  const monitors: MonitorFact[] = [];
  const options: SentinelOptionFact[] = [];
  const problems: ParseProblem[] = [];
  let current: SentinelLine | undefined;
  const fail = (at: ConfArg['span'], message: string, rule = 'sentinel-parse-error') => {
    if (!current?.templated) problems.push({ rule, at, message });
  };

  const statements = lines.filter((line) => {
    current = line;
    const option = line.args[0]!.text.toLowerCase();
    const counts = ARG_COUNTS[option];
    if (counts && counts.includes(line.args.length)) return true;
    fail(line.lineSpan, 'Unrecognized sentinel configuration statement.');
    return false;
  });
  const phase = (line: SentinelLine) => {
    const option = line.args[0]!.text.toLowerCase();
    return option === 'monitor' ? 1 : PRE_MONITOR.has(option) ? 0 : 2;
  };
  const ordered = [...statements].sort((a, b) => phase(a) - phase(b)); // stable: file order within a phase

  // resolve-hostnames is a pre-monitor option: its last value anywhere in the file applies to every monitor.
  let resolveHostnames = false;
  const masters = new Set<string>();
  const replicasByMaster = new Map<string, Set<string>>();
  const sentinelsByMaster = new Map<string, Set<string>>();
  const renamesByMaster = new Map<string, Set<string>>();

  for (const line of ordered) {
    current = line;
    const optionArg = line.args[0]!;
    const rest = line.args.slice(1);
    const option = optionArg.text.toLowerCase();
    if (option === 'monitor') {
      const [name, host, port, quorum] = rest as [ConfArg, ConfArg, ConfArg, ConfArg];
      const quorumValue = atoi(quorum.text);
      const portValue = atoi(port.text);
      if (quorumValue <= 0) fail(quorum.span, 'Quorum must be 1 or greater.');
      else if (portValue < 0 || portValue > 65535) fail(port.span, 'Invalid port number.');
      else if (!resolveHostnames && !isIpLiteral(host.text)) {
        fail(host.span, "Can't resolve instance hostname.", 'sentinel-hostname-without-resolve');
      } else if (masters.has(name.text)) fail(name.span, 'Duplicate master name.');
      // A monitor that failed still names its master, so its options do not cascade into more errors.
      masters.add(name.text);
      monitors.push({
        name,
        host,
        port: known(portValue, port.span),
        quorum: known(quorumValue, quorum.span),
        portArg: port,
        quorumArg: quorum,
        declaredAt: line.declaredAt,
      });
      continue;
    }
    const master = PER_MASTER.has(option) ? rest[0] : undefined;
    options.push({ option: option === 'known-slave' ? 'known-replica' : option, master, args: master ? rest.slice(1) : rest, declaredAt: line.declaredAt });
    if (master && !masters.has(master.text)) {
      fail(master.span, 'No such master with specified name.');
      continue;
    }
    const value = rest[rest.length - 1]!;
    switch (option) {
      case 'down-after-milliseconds':
      case 'failover-timeout':
        if (atoi(value.text) <= 0) fail(value.span, 'negative or zero time parameter.');
        break;
      case 'master-reboot-down-after-period':
        if (atoi(value.text) < 0) fail(value.span, 'negative time parameter.');
        break;
      case 'myid':
        if (value.text.length !== 40) fail(value.span, 'Malformed Sentinel id in myid option.');
        break;
      case 'deny-scripts-reconfig':
        // sentinel.c says "options" here, plural, unlike its two siblings.
        if (yesNo(value.text) === -1) fail(value.span, 'Please specify yes or no for the deny-scripts-reconfig options.');
        break;
      case 'resolve-hostnames':
      case 'announce-hostnames': {
        const flag = yesNo(value.text);
        if (flag === -1) fail(value.span, `Please specify yes or no for the ${option} option.`);
        else if (option === 'resolve-hostnames') resolveHostnames = flag === 1;
        break;
      }
      case 'known-slave':
      case 'known-replica':
      case 'known-sentinel': {
        if (option === 'known-sentinel' && rest.length === 3) break; // the old form without a run id is ignored
        const [, host, port, runid] = rest as [ConfArg, ConfArg, ConfArg, ConfArg | undefined];
        const portValue = atoi(port.text);
        if (portValue < 0 || portValue > 65535) fail(port.span, 'Invalid port number.');
        else if (!resolveHostnames && !isIpLiteral(host.text)) {
          fail(host.span, "Can't resolve instance hostname.", 'sentinel-hostname-without-resolve');
        } else {
          const table = option === 'known-sentinel' ? sentinelsByMaster : replicasByMaster;
          const seen = table.get(master!.text) ?? new Set<string>();
          table.set(master!.text, seen);
          // Replicas are keyed by address, Sentinels by run id (sentinel.c createSentinelRedisInstance).
          const key = option === 'known-sentinel' ? runid!.text : `${host.text}:${portValue}`;
          if (seen.has(key)) {
            fail(line.lineSpan, option === 'known-sentinel' ? 'Duplicate runid for sentinel.' : 'Duplicate hostname and port for replica.');
          }
          seen.add(key);
        }
        break;
      }
      case 'rename-command': {
        const renamed = renamesByMaster.get(master!.text) ?? new Set<string>();
        renamesByMaster.set(master!.text, renamed);
        const command = rest[1]!.text.toLowerCase();
        if (renamed.has(command)) fail(rest[1]!.span, 'Same command renamed multiple times with rename-command.');
        renamed.add(command);
        break;
      }
      default:
        break;
    }
  }
  return { monitors, options, problems };
}

/** Options that only exist from a Redis version on (sentinel.c of 6.0.20, 6.2.16 and 7.0.15 compared). */
export const SENTINEL_OPTION_SINCE: Record<string, string> = {
  'resolve-hostnames': '6.2',
  'announce-hostnames': '6.2',
  'sentinel-user': '6.2',
  'sentinel-pass': '6.2',
  'master-reboot-down-after-period': '7.0',
};
