import type { Monitor } from '../deployment.js';
import type { SentinelOptionFact } from '../facts.js';

/**
 * Every `sentinel <option> <this master> …` line of a monitor's Sentinel (options that may
 * repeat, like `rename-command`), or undefined when the file includes others: `sentinel` lines
 * of an included file are not in the model, so they cannot be ruled out.
 */
export function monitorOptions(monitor: Monitor, option: string): SentinelOptionFact[] | undefined {
  const { conf } = monitor.sentinel;
  if (conf.includes.length > 0) return undefined;
  return conf.sentinelOptions.filter((o) => o.option === option && o.master?.text === monitor.name.text);
}

/** The last line of a per-master option, or undefined; `known: false` when an include could hold it. */
export function monitorOption(monitor: Monitor, option: string): { known: true; fact?: SentinelOptionFact } | { known: false } {
  if (monitor.sentinel.conf.includes.length > 0) return { known: false };
  return { known: true, fact: monitor.option(option) };
}
