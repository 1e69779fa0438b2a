import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import type { Level } from '../../src/model/facts.js';
import type { Span } from '../../src/model/span.js';
import type { RawFinding } from '../../src/engine/run.js';
import { applySuppressions, findSuppressions, type SuppressionOptions } from '../../src/engine/suppressions.js';

const known = ['conf-duplicate-directive', 'quorum-exceeds-sentinels', 'sentinel-count-even', 'unused-suppression'];
const options: SuppressionOptions = { knownRuleIds: known, config: defaultConfig(), ran: new Set(known) };
const withUnused = (level: Level | 'off'): SuppressionOptions => ({
  ...options,
  config: { ...defaultConfig(), rules: new Map([['unused-suppression', { level }]]) },
});

const at = (file: string, line: number, column = 1, endColumn = column + 1): Span => ({ file, line, column, endLine: line, endColumn });
const finding = (ruleId: string, file: string, line: number, level: Level = 'error'): RawFinding => ({
  ruleId,
  level,
  finding: { at: at(file, line), message: `${ruleId} at ${line}` },
});
const lines = (...text: string[]) => text.join('\n') + '\n';

/** What is left, as `rule@line: message` for the unused-suppression findings and `rule@line` for others. */
function apply(text: string, findings: RawFinding[], opts: SuppressionOptions = options, file = 'sentinel.conf'): string[] {
  return applySuppressions(findings, new Map([[file, text]]), opts).map(({ ruleId, finding: f }) =>
    ruleId === 'unused-suppression' ? `${ruleId}@${f.at.line}:${f.at.column}-${f.at.endColumn}: ${f.message}` : `${ruleId}@${f.at.line}`,
  );
}

describe('disable-next-line', () => {
  it('silences the next line, past blank lines and comments', () => {
    const text = lines('# sentinel-lint-disable-next-line quorum-exceeds-sentinels -- two more come up in the next deploy', '', '# a comment', '  ', 'sentinel monitor mymaster 10.0.0.5 6379 4', 'port 26379');
    expect(apply(text, [finding('quorum-exceeds-sentinels', 'sentinel.conf', 5)])).toEqual([]);
  });

  it('does not silence the lines after the next one, nor other rules on it', () => {
    const text = lines('# sentinel-lint-disable-next-line quorum-exceeds-sentinels', 'port 26379', 'sentinel monitor mymaster 10.0.0.5 6379 4');
    expect(
      apply(text, [finding('quorum-exceeds-sentinels', 'sentinel.conf', 3), finding('conf-duplicate-directive', 'sentinel.conf', 2)]),
    ).toEqual([
      'quorum-exceeds-sentinels@3',
      'conf-duplicate-directive@2',
      'unused-suppression@1:35-59: No quorum-exceeds-sentinels finding on line 2: this suppression is unused. Remove it.',
    ]);
  });

  it('takes several rule ids, with or without spaces after the commas, and a reason or none', () => {
    const text = lines('  #sentinel-lint-disable-next-line quorum-exceeds-sentinels,sentinel-count-even , conf-duplicate-directive', 'x 1');
    const findings = ['quorum-exceeds-sentinels', 'sentinel-count-even', 'conf-duplicate-directive'].map((id) => finding(id, 'sentinel.conf', 2));
    expect(apply(text, findings)).toEqual([]);
    expect(findSuppressions('f', text).suppressions[0]).toMatchObject({ kind: 'next-line', target: 2 });
    expect(findSuppressions('f', text).suppressions[0]).not.toHaveProperty('reason');
    expect(findSuppressions('f', lines('# sentinel-lint-disable-next-line a -- the reason', 'x')).suppressions[0]?.reason).toBe('the reason');
  });

  it('stacks: two suppression comments above one line both apply to it', () => {
    const text = lines('# sentinel-lint-disable-next-line quorum-exceeds-sentinels', '# sentinel-lint-disable-next-line sentinel-count-even', 'x 1');
    expect(apply(text, [finding('quorum-exceeds-sentinels', 'sentinel.conf', 3), finding('sentinel-count-even', 'sentinel.conf', 3)])).toEqual([]);
  });

  it('matches on the first line of the primary span only, and only in its own file', () => {
    const text = lines('# sentinel-lint-disable-next-line quorum-exceeds-sentinels', 'x 1');
    const elsewhere = finding('quorum-exceeds-sentinels', 'other.conf', 2);
    const spanning: RawFinding = {
      ruleId: 'quorum-exceeds-sentinels',
      level: 'error',
      finding: { at: { file: 'sentinel.conf', line: 1, column: 1, endLine: 2, endColumn: 3 }, message: 'spans lines 1-2' },
    };
    expect(apply(text, [elsewhere, spanning]).map((line) => line.split(':')[0])).toEqual([
      'quorum-exceeds-sentinels@2',
      'quorum-exceeds-sentinels@1',
      'unused-suppression@1',
    ]);
  });

  it('is not a suppression after content on the same line (only whole-line comments count)', () => {
    const text = lines('port 26379 # sentinel-lint-disable-next-line conf-duplicate-directive', 'port 26380');
    expect(findSuppressions('sentinel.conf', text).suppressions).toEqual([]);
    expect(apply(text, [finding('conf-duplicate-directive', 'sentinel.conf', 2)])).toEqual(['conf-duplicate-directive@2']);
  });

  it('with nothing after it, silences nothing and says so', () => {
    const text = lines('port 1', '# sentinel-lint-disable-next-line conf-duplicate-directive', '# the end');
    expect(apply(text, [])).toEqual([
      'unused-suppression@2:35-59: No line follows this suppression of conf-duplicate-directive: it is unused. Remove it.',
    ]);
  });

  it('reads CRLF files: the same lines, the same columns', () => {
    const text = '# sentinel-lint-disable-next-line quorum-exceeds-sentinels, sentinel-count-even\r\n\r\n# c\r\nsentinel monitor m 10.0.0.5 6379 4\r\n';
    expect(apply(text, [finding('quorum-exceeds-sentinels', 'sentinel.conf', 4)])).toEqual([
      'unused-suppression@1:61-80: No sentinel-count-even finding on line 4: this suppression is unused. Remove it.',
    ]);
  });
});

describe('disable-file', () => {
  it('silences the rule anywhere in its file, before and after the comment', () => {
    const text = lines('port 1', '# sentinel-lint-disable-file conf-duplicate-directive -- generated by CONFIG REWRITE', 'port 2', 'port 3');
    const findings = [1, 3, 4].map((line) => finding('conf-duplicate-directive', 'sentinel.conf', line));
    expect(apply(text, [...findings, finding('conf-duplicate-directive', 'redis.conf', 3)])).toEqual(['conf-duplicate-directive@3']);
  });

  it('reports a rule id that matched nothing in the file', () => {
    const text = lines('# sentinel-lint-disable-file sentinel-count-even', 'port 1');
    expect(apply(text, [])).toEqual([
      'unused-suppression@1:30-49: No sentinel-count-even finding in this file: this suppression is unused. Remove it.',
    ]);
  });
});

describe('suppressions that cannot work', () => {
  it('names an unknown rule id, with the nearest known one', () => {
    const text = lines('# sentinel-lint-disable-next-line quorum-exceeds-sentinel', 'x 1');
    expect(apply(text, [finding('quorum-exceeds-sentinels', 'sentinel.conf', 2)])).toEqual([
      'quorum-exceeds-sentinels@2',
      'unused-suppression@1:35-58: sentinel-lint has no rule quorum-exceeds-sentinel (did you mean quorum-exceeds-sentinels?): this suppression silences nothing.',
    ]);
  });

  it('names no rule at all', () => {
    expect(apply(lines('# sentinel-lint-disable-file -- legacy', 'x 1'), [])).toEqual([
      'unused-suppression@1:3-29: sentinel-lint-disable-file names no rule: list the rule ids it silences, e.g. sentinel-lint-disable-file conf-duplicate-directive.',
    ]);
  });

  it('uses a directive that does not exist', () => {
    expect(apply(lines('x 1 2', '# sentinel-lint-disable-line conf-duplicate-directive'), [])).toEqual([
      'unused-suppression@2:3-29: sentinel-lint-disable-line does not exist: only whole-line comments count. Put sentinel-lint-disable-next-line on the line above.',
    ]);
    expect(apply(lines('# sentinel-lint-enable conf-duplicate-directive', 'x'), [])).toEqual([
      'unused-suppression@1:3-23: sentinel-lint-enable is not a sentinel-lint comment: write sentinel-lint-disable-next-line <rule-id> or sentinel-lint-disable-file <rule-id>.',
    ]);
  });

  it('stays quiet about a known rule that did not run (off, or left out by only)', () => {
    const text = lines('# sentinel-lint-disable-next-line sentinel-count-even', 'x 1');
    expect(apply(text, [], { ...options, ran: new Set(['unused-suppression']) })).toEqual([]);
  });

  it('reports nothing when unused-suppression is off, and still silences', () => {
    const text = lines('# sentinel-lint-disable-next-line conf-duplicate-directive, no-such-rule', 'x 1', '# sentinel-lint-disable-file');
    expect(apply(text, [finding('conf-duplicate-directive', 'sentinel.conf', 2)], withUnused('off'))).toEqual([]);
  });

  it('without the list of rules that ran, judges every known rule that is not off', () => {
    const text = lines('# sentinel-lint-disable-next-line sentinel-count-even, conf-duplicate-directive', 'x 1');
    const config = { ...defaultConfig(), rules: new Map([['sentinel-count-even', { level: 'off' as const }]]) };
    const { ran: _, ...withoutRan } = options;
    expect(apply(text, [], { ...withoutRan, config }).map((line) => line.split(': ')[1])).toEqual([
      'No conf-duplicate-directive finding on line 2',
    ]);
  });

  it('knows unused-suppression even when the caller does not list it', () => {
    const text = lines('# sentinel-lint-disable-file unused-suppression', 'x 1');
    expect(apply(text, [], { ...options, knownRuleIds: ['conf-duplicate-directive'] })).toEqual([
      'unused-suppression@1:30-48: No unused-suppression finding in this file: this suppression is unused. Remove it.',
    ]);
  });

  it('gives unused-suppression findings the level asked for', () => {
    const [only] = applySuppressions([], new Map([['f', lines('# sentinel-lint-disable-file sentinel-count-even')]]), withUnused('note'));
    expect(only?.level).toBe('note');
  });
});

it('leaves the findings alone in files without suppressions', () => {
  const findings = [finding('conf-duplicate-directive', 'redis.conf', 2)];
  expect(applySuppressions(findings, new Map([['redis.conf', 'port 1\nport 2\n']]), options)).toEqual(findings);
});
