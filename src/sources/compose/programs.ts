/** The Redis and Valkey executables a container can run, by the base name of `argv[0]`. */
export type Executable = 'redis-server' | 'redis-sentinel' | 'valkey-server' | 'valkey-sentinel';

export interface Program {
  executable: Executable;
  product: 'redis' | 'valkey';
  /** Started as a Sentinel by its name (server.c `checkForSentinelMode`: argv[0] contains "redis-sentinel"). */
  sentinelByName: boolean;
}

const PROGRAMS: Record<string, Program> = {
  'redis-server': { executable: 'redis-server', product: 'redis', sentinelByName: false },
  'redis-sentinel': { executable: 'redis-sentinel', product: 'redis', sentinelByName: true },
  'valkey-server': { executable: 'valkey-server', product: 'valkey', sentinelByName: false },
  'valkey-sentinel': { executable: 'valkey-sentinel', product: 'valkey', sentinelByName: true },
};

export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function programOf(argv0: string): Program | undefined {
  return PROGRAMS[baseName(argv0)];
}

/** Shells whose `-c` argument is a script sentinel-lint reads. */
export const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

/**
 * Commands that run the rest of their arguments as another command: how many leading words to
 * drop (after the wrapper's own options), or a function that finds the command.
 */
export function unwrap(words: readonly string[]): number {
  const name = baseName(words[0] ?? '');
  switch (name) {
    case 'exec':
    case 'nohup':
    case 'time':
      return 1;
    case 'gosu':
    case 'su-exec':
      return 2; // gosu USER command…
    case 'env': {
      let i = 1;
      while (i < words.length && (words[i]!.includes('=') || words[i]!.startsWith('-'))) i++;
      return i;
    }
    case 'setpriv': {
      const dashes = words.indexOf('--');
      return dashes === -1 ? 0 : dashes + 1;
    }
    case 'timeout': {
      let i = 1;
      while (i < words.length && words[i]!.startsWith('-')) i++;
      return i + 1; // timeout [options] DURATION command…
    }
    default:
      return 0;
  }
}

/**
 * The official `redis` and `valkey/valkey` images start `docker-entrypoint.sh`, which puts the
 * server in front of arguments that start with `-` or end with `.conf` (docker-library/redis and
 * valkey-io/valkey-container `docker-entrypoint.sh`), then runs what it has.
 */
export function officialEntrypointPrepends(firstArg: string | undefined): boolean {
  return firstArg !== undefined && (firstArg.startsWith('-') || firstArg.endsWith('.conf'));
}
