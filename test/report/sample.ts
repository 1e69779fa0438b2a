// A LintResult built by hand for the report tests: three files, three rules (one a security rule),
// findings with related locations, and a canary password planted in texts, spans and messages.
import type { LintResult, ReportedFinding } from '../../src/engine/result.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { Secret } from '../../src/model/secret.js';
import { LineIndex, type Span } from '../../src/model/span.js';

/** The random-looking core the canary test greps for, case-insensitively. */
export const CANARY_CORE = '7f3a9c21e4b0';
export const CANARY = `Canary${CANARY_CORE}@Pw`;
const ENCODED = encodeURIComponent(CANARY); // Canary…%40Pw, as written in a URL

export const TEXTS = {
  'redis.conf': ['port 6379', `requirepass ${CANARY}`, 'maxmemory 1tb', 'appendonly true', ''].join('\n'),
  'sentinel/sentinel.conf': [
    'port 26379',
    'sentinel monitor mymaster redis-master 6379 3',
    `sentinel auth-pass mymaster "${CANARY}`,
    '',
  ].join('\n'),
  '.env': [`CELERY_BROKER_URL=sentinel://:${ENCODED}@sentinel-1:26379`, ''].join('\n'),
};
type File = keyof typeof TEXTS;

/** The span of the first occurrence of `needle` on 1-based `line` of a file. */
export function spanOf(file: File, line: number, needle: string): Span {
  const index = new LineIndex(file, TEXTS[file]);
  const start = index.lineStart(line) + TEXTS[file].split('\n')[line - 1]!.indexOf(needle);
  if (start < index.lineStart(line)) throw new Error(`${needle} not on ${file}:${line}`);
  return index.span(start, start + needle.length);
}

const noCheck = function* () {};

export const confParseError = defineRule({
  id: 'conf-parse-error',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'redis-server refuses to start with this configuration line.',
    breaks: 'The server exits at start-up with "FATAL CONFIG FILE ERROR"; the container restarts in a loop.',
    fix: 'Correct the value as the message says; `redis-server --test-memory` is no help here.',
    example: { bad: 'bad-maxmemory-tb', good: 'good-maxmemory-gb' },
  },
  check: noCheck,
});

export const quorumExceedsSentinels = defineRule({
  id: 'quorum-exceeds-sentinels',
  level: 'error',
  category: 'topology',
  docs: {
    summary: 'A Sentinel quorum is larger than the number of Sentinels that monitor the master.',
    breaks: 'The master dies; fewer than `quorum` Sentinels exist to agree, so no failover starts.',
    fix: 'Set the quorum to a majority of the Sentinels (2 of 3, 3 of 5), or run more Sentinels.',
    example: { bad: 'bad-quorum-4-of-3', good: 'good-quorum-2-of-3' },
  },
  check: noCheck,
});

export const secretInRepo = defineRule({
  id: 'secret-in-repo',
  level: 'warning',
  category: 'security',
  security: { severity: 7.5 },
  docs: {
    summary: 'A real password is committed to the repository.',
    breaks: 'Anyone who can read the repository can log in to Redis.',
    fix: 'Read the password from the environment or a secret store; rotate the committed one.',
    example: { bad: 'bad-requirepass-committed', good: 'good-requirepass-from-env' },
  },
  check: noCheck,
});

export const RULES: readonly Rule<any>[] = [confParseError, quorumExceedsSentinels, secretInRepo];

/** The findings, deliberately out of report order, two of them leaking the canary the way a buggy rule would. */
export function sampleFindings(): ReportedFinding[] {
  return [
    {
      ruleId: 'secret-in-repo',
      level: 'warning',
      message: `requirepass ${CANARY} is committed; the broker URL carries it too.`,
      at: spanOf('redis.conf', 2, CANARY),
      related: [{ at: spanOf('.env', 1, ENCODED), message: `the same password, URL-encoded as ${ENCODED}` }],
      fingerprint: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    },
    {
      ruleId: 'quorum-exceeds-sentinels',
      level: 'error',
      message:
        'Sentinel can never agree that mymaster is down: quorum 3 needs 3 Sentinels, only 1 monitors it. ' +
        'Set the quorum to 1 or add Sentinels.',
      at: spanOf('sentinel/sentinel.conf', 2, '3'),
      related: [
        { at: spanOf('redis.conf', 1, '6379'), message: 'the master it monitors' },
        { at: spanOf('sentinel/sentinel.conf', 3, 'auth-pass'), message: 'the password it uses' },
      ],
      fingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    },
    {
      ruleId: 'conf-parse-error',
      level: 'error',
      message: 'maxmemory: argument must be a memory value.',
      at: spanOf('redis.conf', 3, '1tb'),
      related: [],
      fingerprint: '5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
    },
    {
      ruleId: 'conf-parse-error',
      level: 'note',
      message: 'Unbalanced quotes in configuration line.',
      at: spanOf('sentinel/sentinel.conf', 3, 'sentinel'),
      related: [],
      fingerprint: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d',
    },
  ];
}

/** The whole result: the canary is a Secret at its requirepass and .env spans; the broken auth-pass line is a tail. */
export function sampleResult(overrides: Partial<LintResult> = {}): LintResult {
  return {
    findings: sampleFindings(),
    fileCount: 3,
    rules: RULES,
    texts: new Map(Object.entries(TEXTS)),
    secrets: [new Secret(CANARY, spanOf('redis.conf', 2, CANARY)), new Secret(CANARY, spanOf('.env', 1, ENCODED))],
    secretLineTails: [spanOf('sentinel/sentinel.conf', 3, 'auth-pass')],
    tool: { name: 'sentinel-lint', version: '9.9.9' },
    ...overrides,
  };
}
