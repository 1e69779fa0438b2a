import { describe, expect, it } from 'vitest';
import { REDACTED, Secret } from '../../src/model/secret.js';
import { redact, redactMessage } from '../../src/report/redact.js';
import { CANARY, CANARY_CORE, sampleResult, spanOf, TEXTS } from './sample.js';

const lineOf = (text: string, n: number) => text.split('\n')[n - 1]!;

describe('redact', () => {
  const result = sampleResult();
  const safe = redact(result);

  it("masks a secret's span with a mask of the same length, so columns still point at the same place", () => {
    const line = lineOf(safe.texts.get('redis.conf')!, 2);
    expect(line).toBe(`requirepass ${'*'.repeat(CANARY.length)}`);
    expect(line.length).toBe(lineOf(TEXTS['redis.conf'], 2).length);
  });

  it('masks a secret written URL-encoded at its own span (.env broker URL)', () => {
    const line = lineOf(safe.texts.get('.env')!, 1);
    expect(line).not.toMatch(new RegExp(CANARY_CORE, 'i'));
    expect(line).toMatch(/^CELERY_BROKER_URL=sentinel:\/\/:\*+@sentinel-1:26379$/);
    expect(line.length).toBe(lineOf(TEXTS['.env'], 1).length);
  });

  it('masks a secret line tail from its start to the end of the line, and nothing before it', () => {
    expect(lineOf(safe.texts.get('sentinel/sentinel.conf')!, 3)).toBe(
      `sentinel ${'*'.repeat(lineOf(TEXTS['sentinel/sentinel.conf'], 3).length - 'sentinel '.length)}`,
    );
    expect(lineOf(safe.texts.get('sentinel/sentinel.conf')!, 2)).toBe('sentinel monitor mymaster redis-master 6379 3');
  });

  it('replaces the value, and its URL-encoded form, in messages and related messages', () => {
    const [leaky] = safe.findings;
    expect(leaky!.message).toBe(`requirepass ${REDACTED} is committed; the broker URL carries it too.`);
    expect(leaky!.related[0]!.message).toBe(`the same password, URL-encoded as ${REDACTED}`);
  });

  it('matches percent escapes in either case', () => {
    const secret = new Secret('pa/ss:word', spanOf('redis.conf', 1, 'port'));
    expect(encodeURIComponent('pa/ss:word')).toBe('pa%2Fss%3Aword');
    const finding = { ...sampleResult().findings[0]!, message: 'in redis://:pa%2fss%3aword@cache:6379' };
    const out = redact(sampleResult({ findings: [finding], secrets: [secret] }));
    expect(out.findings[0]!.message).toBe(`in redis://:${REDACTED}@cache:6379`);
  });

  it("scrubs a monorepo's thousands of secrets, and the last of them as well as the first", () => {
    // One pattern of them all is too large for V8, and its error message would quote them all.
    const values = Array.from({ length: 20_000 }, (_, k) => `Zq8v${k}kT3wL`);
    const secrets = values.map((value) => new Secret(value, spanOf('redis.conf', 1, 'port')));
    const finding = { ...sampleResult().findings[0]!, message: `first ${values[0]} last ${values.at(-1)}` };
    const out = redact(sampleResult({ findings: [finding], secrets }));
    expect(out.findings[0]!.message).toBe(`first ${REDACTED} last ${REDACTED}`);
  });

  it('also scrubs the value where it appears outside any secret span', () => {
    const text = `# copied from the wiki: ${CANARY}\nport 6379\n`;
    const other = redact(sampleResult({ texts: new Map([['notes.conf', text]]) }));
    expect(other.texts.get('notes.conf')).toBe(`# copied from the wiki: ${'*'.repeat(CANARY.length)}\nport 6379\n`);
  });

  it('does not scrub values shorter than 4 characters out of messages, but still masks their spans', () => {
    const text = 'requirepass ab\n';
    const span = { file: 'short.conf', line: 1, column: 13, endLine: 1, endColumn: 15 };
    const finding = { ...sampleResult().findings[0]!, message: 'a weak password, about 2 characters', at: span, related: [] };
    const out = redact(
      sampleResult({ findings: [finding], texts: new Map([['short.conf', text]]), secrets: [new Secret('ab', span)], secretLineTails: [] }),
    );
    expect(out.findings[0]!.message).toBe('a weak password, about 2 characters');
    expect(out.texts.get('short.conf')).toBe('requirepass **\n');
  });

  it('replaces the longest form first, so a value containing another is not left half visible', () => {
    const long = new Secret('hunter2hunter2', spanOf('redis.conf', 1, 'port'));
    const short = new Secret('hunter2', spanOf('redis.conf', 1, 'port'));
    const finding = { ...sampleResult().findings[0]!, message: 'x hunter2hunter2 y hunter2 z' };
    const out = redact(sampleResult({ findings: [finding], secrets: [short, long] }));
    expect(out.findings[0]!.message).toBe(`x ${REDACTED} y ${REDACTED} z`);
  });

  it('keeps CRLF line breaks and multi-line spans in place', () => {
    const text = 'a\r\nrequirepass "one\r\ntwo"\r\nb\r\n';
    const span = { file: 'crlf.conf', line: 2, column: 13, endLine: 3, endColumn: 5 };
    const out = redact(sampleResult({ texts: new Map([['crlf.conf', text]]), secrets: [new Secret('one\ntwo', span)], secretLineTails: [] }));
    expect(out.texts.get('crlf.conf')).toBe('a\r\nrequirepass ****\r\n****\r\nb\r\n');
  });

  it('drops the secrets and leaves the input untouched', () => {
    expect(safe.secrets).toEqual([]);
    expect(safe.secretLineTails).toEqual([]);
    expect(result.texts.get('redis.conf')).toBe(TEXTS['redis.conf']);
    expect(result.findings[0]!.message).toContain(CANARY);
  });

  it('leaves spans, levels, rule ids and fingerprints as they were', () => {
    expect(safe.findings.map(({ at, level, ruleId, fingerprint, related }) => ({ at, level, ruleId, fingerprint, related: related.map((r) => r.at) }))).toEqual(
      result.findings.map(({ at, level, ruleId, fingerprint, related }) => ({ at, level, ruleId, fingerprint, related: related.map((r) => r.at) })),
    );
  });

  it('leaves no trace of the canary anywhere in the redacted result', () => {
    const everything = JSON.stringify({ ...safe, texts: [...safe.texts], rules: undefined });
    expect(everything).not.toMatch(new RegExp(CANARY_CORE, 'i'));
  });
});

describe('redactMessage', () => {
  it('scrubs secret values out of a message printed outside any report', () => {
    expect(redactMessage(sampleResult(), `internal error near requirepass ${CANARY}`)).toBe(`internal error near requirepass ${REDACTED}`);
  });
});

describe('redact, field by field', () => {
  it('carries over only the fields of a LintResult', () => {
    const withExtra = { ...sampleResult(), crashes: [{ where: 'x', error: new Error(CANARY) }] };
    expect(Object.keys(redact(withExtra)).sort()).toEqual(['fileCount', 'findings', 'rules', 'secretLineTails', 'secrets', 'texts', 'tool']);
  });
});

describe('redact, placeholders', () => {
  it('masks a placeholder password at its span but does not scrub the word everywhere', () => {
    const text = 'requirepass redis\nrename-command CONFIG ""\n';
    const span = { file: 'p.conf', line: 1, column: 13, endLine: 1, endColumn: 18 };
    const finding = { ...sampleResult().findings[0]!, message: 'redis-server accepts any client that knows the redis.conf default', at: span, related: [] };
    const out = redact(sampleResult({ findings: [finding], texts: new Map([['p.conf', text]]), secrets: [new Secret('redis', span)], secretLineTails: [] }));
    expect(out.texts.get('p.conf')).toBe('requirepass *****\nrename-command CONFIG ""\n');
    expect(out.findings[0]!.message).toBe(finding.message);
  });
});
