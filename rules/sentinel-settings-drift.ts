import { defineRule } from '../src/engine/rule.js';
import type { Monitor } from '../src/model/deployment.js';
import type { Secret } from '../src/model/secret.js';
import type { Span } from '../src/model/span.js';
import { monitorsByFile } from '../src/model/queries/group-sentinels.js';
import { monitorTiming, type SentinelTiming } from '../src/model/queries/monitor-options.js';
import { nameList } from '../src/model/queries/name-list.js';
import { oddOnesOut } from '../src/model/queries/odd-ones-out.js';
import { monitorOption } from '../src/model/queries/sentinel-options.js';

/** One Sentinel's value of one setting, where it is written (or the monitor line when it is the default). */
interface Reading {
  monitor: Monitor;
  at: Span;
  value: number | Secret | undefined;
  /** "5000", "30000 (the default)"; unused for passwords, whose messages never say a value. */
  shown: string;
}

interface Setting {
  name: string;
  /** What goes wrong when Sentinels of one master disagree on it. */
  why: string;
  read(monitor: Monitor): Reading | undefined;
}

const timing = (option: SentinelTiming, why: string): Setting => ({
  name: option,
  why,
  read(monitor) {
    const timing = monitorTiming(monitor, option);
    if (!timing.known) return undefined; // not a plain number (sentinel-lenient-number), or set in an include
    return { monitor, at: timing.span, value: timing.value, shown: timing.line ? `${timing.value}` : `${timing.value} (the default)` };
  },
});

// RULES.md's row names quorum, down-after, failover-timeout, auth-pass and requirepass. A requirepass
// difference between Sentinels is always an authentication failure between them, reported (as an
// error) by sentinel-requirepass-inconsistent; repeating it here would report one line twice.
// parallel-syncs is added: only the failover leader's value is used, so it also differs per Sentinel.
const SETTINGS: Setting[] = [
  {
    name: 'quorum',
    why: 'how many Sentinels must agree before the master is down then depends on which Sentinel asks.',
    read: (monitor) =>
      monitor.quorum.known && monitor.quorum.value >= 1
        ? { monitor, at: monitor.quorum.span, value: monitor.quorum.value, shown: `${monitor.quorum.value}` }
        : undefined,
  },
  timing('down-after-milliseconds', 'each Sentinel marks the master down after its own timeout, so when a failover starts depends on which Sentinels notice first.'),
  timing('failover-timeout', 'retries, aborts and the wait for replicas to follow the new master depend on which Sentinel leads the failover.'),
  timing('parallel-syncs', 'how many replicas resync at once after a failover depends on which Sentinel leads it.'),
  {
    name: 'auth-pass',
    why: 'a Sentinel whose password does not match the master\'s sees a healthy master as down and finds no replicas (RULES.md E29).',
    read(monitor) {
      const found = monitorOption(monitor, 'auth-pass');
      if (!found.known) return undefined; // an included file may set it
      return { monitor, at: found.fact?.args[0]?.span ?? monitor.declaredAt, value: monitor.authPass, shown: '' };
    },
  },
];

export default defineRule({
  id: 'sentinel-settings-drift',
  level: 'warning',
  category: 'topology',
  docs: {
    summary: 'Sentinels of one master disagree on its quorum, down-after-milliseconds, failover-timeout, parallel-syncs or auth-pass.',
    breaks:
      'Each Sentinel applies its own copy of these settings, so the deployment behaves differently depending on ' +
      'which Sentinel notices a failure first or leads the failover: down-after decides when each marks the master ' +
      'down, the quorum how many must agree, failover-timeout and parallel-syncs how the leader runs the failover. A ' +
      'different auth-pass means some Sentinels cannot authenticate to the master and see it as down (RULES.md E29). ' +
      'A file without a line runs with the Sentinel default (down-after 30000, failover-timeout 180000, parallel-syncs 1).',
    fix: 'Give every Sentinel of a master the same values; generate the files from one template.',
    example: { bad: 'bad-down-after-differs', good: 'good-same-settings' },
  },
  *check(deployment) {
    for (const group of deployment.masterGroups) {
      const monitors = monitorsByFile(group);
      if (monitors.length < 2) continue;
      for (const setting of SETTINGS) {
        const readings = monitors.flatMap((m) => setting.read(m) ?? []);
        const { outliers, majority } = oddOnesOut(readings, (a, b) => same(a.value, b.value));
        for (const reading of outliers) {
          const others = (majority.length > 0 ? majority : readings).filter((r) => !same(r.value, reading.value));
          yield {
            at: reading.at,
            message: `${describe(setting.name, group.name, reading, others)}: ${setting.why} Use the same value in every sentinel.conf of ${group.name}.`,
            related: others.map((r) => ({ at: r.at, message: `${r.monitor.sentinel.name} ${own(setting.name, r)}` })),
          };
        }
      }
    }
  },
});

function same(a: Reading['value'], b: Reading['value']): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  if (a === undefined || b === undefined) return a === b;
  return a.equals(b);
}

/** "sentinel-3.conf uses down-after-milliseconds 5000 for mymaster, while sentinel-1.conf and sentinel-2.conf use 30000 (the default)" */
function describe(setting: string, master: string, reading: Reading, others: Reading[]): string {
  const file = reading.monitor.sentinel.name;
  if (setting === 'auth-pass') {
    const files = nameList(others.map((r) => r.monitor.sentinel.name));
    const verb = others.length === 1 ? 'sets' : 'set';
    if (reading.value === undefined) return `${file} sets no auth-pass for ${master}, while ${files} ${verb} one`;
    if (others.every((r) => r.value === undefined)) return `${file} sets an auth-pass for ${master}, while ${files} ${verb} none`;
    return `${file} sets a different auth-pass for ${master} from ${files}`;
  }
  const byValue = new Map<string, string[]>();
  for (const r of others) byValue.set(r.shown, [...(byValue.get(r.shown) ?? []), r.monitor.sentinel.name]);
  const clauses = [...byValue].map(([shown, files]) => `${nameList(files)} use${files.length === 1 ? 's' : ''} ${shown}`);
  return `${file} uses ${setting} ${reading.shown} for ${master}, while ${clauses.join(', and ')}`;
}

function own(setting: string, reading: Reading): string {
  if (setting === 'auth-pass') return reading.value === undefined ? 'sets no auth-pass' : 'sets an auth-pass';
  return `uses ${setting} ${reading.shown}`;
}
