import { describe, expect, it } from 'vitest';
import { defaultConfig, type ResolvedConfig, type RuleSetting } from '../../src/config/types.js';
import type { Deployment } from '../../src/model/deployment.js';
import type { Span } from '../../src/model/span.js';
import { finalize, runRules } from '../../src/engine/run.js';
import { applySuppressions } from '../../src/engine/suppressions.js';
import { defineRule, type Finding, type Level, type Rule } from '../../src/engine/rule.js';

// The engine never looks inside the deployment: the fake rules below ignore it.
const deployment = {} as Deployment;

const at = (file: string, line: number, column = 1): Span => ({ file, line, column, endLine: line, endColumn: column + 4 });

function rule(id: string, level: Level, findings: Finding[] | (() => Iterable<Finding>), seen?: unknown[]): Rule<any> {
  return defineRule<any>({
    id,
    level,
    category: 'topology',
    docs: { summary: 's', breaks: 'b', fix: 'f', example: { bad: 'bad-x', good: 'good-x' } },
    check: (_deployment, options) => {
      seen?.push(options);
      return typeof findings === 'function' ? findings() : findings;
    },
  });
}

function configWith(rules: Record<string, RuleSetting>): ResolvedConfig {
  return { ...defaultConfig(), rules: new Map(Object.entries(rules)) };
}

describe('runRules: levels', () => {
  const plain = { at: at('a.conf', 1), message: 'm' };
  const withOwnLevel = { at: at('a.conf', 2), message: 'm', level: 'error' as const };
  const rules = [rule('two-levels', 'warning', [plain, withOwnLevel])];

  it("uses the rule's default, unless the finding carries its own case", () => {
    const { findings } = runRules(deployment, rules, defaultConfig());
    expect(findings.map((f) => f.level)).toEqual(['warning', 'error']);
  });

  it("uses the user's level for every finding of the rule, the finding's own case included", () => {
    const { findings } = runRules(deployment, rules, configWith({ 'two-levels': { level: 'note' } }));
    expect(findings.map((f) => f.level)).toEqual(['note', 'note']);
  });
});

describe('runRules: which rules run', () => {
  it('skips a rule that is off without calling it', () => {
    const seen: unknown[] = [];
    const result = runRules(deployment, [rule('a-rule', 'error', [], seen)], configWith({ 'a-rule': { level: 'off' } }));
    expect(seen).toEqual([]);
    expect(result.ran.has('a-rule')).toBe(false);
  });

  it('runs only the given ids', () => {
    const rules = [rule('one', 'error', [{ at: at('f', 1), message: '1' }]), rule('two', 'error', [{ at: at('f', 1), message: '2' }])];
    const result = runRules(deployment, rules, defaultConfig(), ['two']);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['two']);
    expect([...result.ran]).toEqual(['two']);
  });

  it('passes the options from the config to the rule', () => {
    const seen: unknown[] = [];
    runRules(deployment, [rule('a-rule', 'error', [], seen)], configWith({ 'a-rule': { level: 'warning', options: { max: 2 } } }));
    expect(seen).toEqual([{ max: 2 }]);
  });

  it('counts unused-suppression as run unless it is off or left out by only', () => {
    expect(runRules(deployment, [], defaultConfig()).ran.has('unused-suppression')).toBe(true);
    expect(runRules(deployment, [], configWith({ 'unused-suppression': { level: 'off' } })).ran.has('unused-suppression')).toBe(false);
    expect(runRules(deployment, [], defaultConfig(), ['x']).ran.has('unused-suppression')).toBe(false);
    expect(runRules(deployment, [], defaultConfig(), ['unused-suppression']).ran.has('unused-suppression')).toBe(true);
  });
});

describe('runRules: a rule that throws', () => {
  it('becomes a crash, loses its partial findings, and the other rules still run', () => {
    const boom = new Error('boom');
    const crashing = rule('crashing', 'error', function* () {
      yield { at: at('a.conf', 1), message: 'before the bug' };
      throw boom; // thrown while the generator is consumed, not when check is called
    });
    const healthy = rule('healthy', 'warning', [{ at: at('a.conf', 3), message: 'fine' }]);
    const result = runRules(deployment, [crashing, healthy], defaultConfig());
    expect(result.crashes).toEqual([{ ruleId: 'crashing', error: boom }]);
    expect(result.findings.map((f) => f.finding.message)).toEqual(['fine']);
    expect(result.ran.has('crashing')).toBe(false);
  });
});

describe('finalize', () => {
  const texts = new Map([
    ['b.conf', 'port 6379\n'],
    ['a.conf', 'port 6379\nbind 0.0.0.0\n'],
  ]);

  it('sorts by file, line, column, then rule, and fills related and fingerprint', () => {
    const rules = [
      rule('zeta', 'note', [{ at: at('a.conf', 2), message: 'z' }]),
      rule('alpha', 'note', [
        { at: at('b.conf', 1), message: 'b' },
        { at: at('a.conf', 2), message: 'a2' },
        { at: at('a.conf', 1, 6), message: 'a1 later column' },
        { at: at('a.conf', 1), message: 'a1', related: [{ at: at('b.conf', 1), message: 'there' }] },
      ]),
    ];
    const reported = finalize(runRules(deployment, rules, defaultConfig()).findings, texts);
    expect(reported.map((f) => `${f.at.file}:${f.at.line}:${f.at.column} ${f.ruleId} ${f.message}`)).toEqual([
      'a.conf:1:1 alpha a1',
      'a.conf:1:6 alpha a1 later column',
      'a.conf:2:1 alpha a2',
      'a.conf:2:1 zeta z',
      'b.conf:1:1 alpha b',
    ]);
    expect(reported[0]!.related).toEqual([{ at: at('b.conf', 1), message: 'there' }]);
    expect(reported[1]!.related).toEqual([]);
    for (const f of reported) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('fingerprints with the masks and path it is given', () => {
    const rules = [rule('alpha', 'note', [{ at: at('a.conf', 1), message: 'a' }])];
    const { findings } = runRules(deployment, rules, defaultConfig());
    const plain = finalize(findings, texts)[0]!.fingerprint;
    expect(finalize(findings, texts, { pathOf: (file) => `deploy/${file}` })[0]!.fingerprint).not.toBe(plain);
    expect(finalize(findings, texts, { masks: [at('a.conf', 1, 6)] })[0]!.fingerprint).not.toBe(plain);
  });
});

describe('runRules → applySuppressions → finalize', () => {
  const lintWith = (config: ResolvedConfig, rules: Rule<any>[], texts: Map<string, string>, only?: string[]) => {
    const run = runRules(deployment, rules, config, only);
    const knownRuleIds = rules.map((r) => r.id);
    return finalize(applySuppressions(run.findings, texts, { knownRuleIds, config, ran: run.ran }), texts);
  };

  it('drops suppressed findings and reports unused suppressions at the configured level', () => {
    const texts = new Map([['a.conf', '# sentinel-lint-disable-next-line alpha, zeta\nport 6379\n']]);
    const rules = [rule('alpha', 'error', [{ at: at('a.conf', 2), message: 'silenced' }]), rule('zeta', 'error', [])];
    const reported = lintWith(configWith({ 'unused-suppression': { level: 'error' } }), rules, texts);
    expect(reported.map((f) => [f.ruleId, f.level, f.at.line, f.at.column])).toEqual([['unused-suppression', 'error', 1, 42]]);
  });

  it('reports no unused suppression when unused-suppression is off', () => {
    const texts = new Map([['a.conf', '# sentinel-lint-disable-next-line alpha\nport 6379\n']]);
    expect(lintWith(configWith({ 'unused-suppression': { level: 'off' } }), [rule('alpha', 'error', [])], texts)).toEqual([]);
  });

  it('does not call a suppression of a rule left out by only unused', () => {
    const texts = new Map([['a.conf', '# sentinel-lint-disable-next-line alpha\nport 6379\n']]);
    const rules = [rule('alpha', 'error', []), rule('zeta', 'error', [])];
    expect(lintWith(defaultConfig(), rules, texts, ['zeta', 'unused-suppression'])).toEqual([]);
    expect(lintWith(defaultConfig(), rules, texts, ['alpha', 'unused-suppression']).map((f) => f.ruleId)).toEqual(['unused-suppression']);
  });
});
