import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const ruleFiles = readdirSync('rules')
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

describe('the rule catalogue', () => {
  it('registers every rule file under its own id, sorted', () => {
    expect(rules.map((r) => r.id)).toEqual(ruleFiles);
  });

  it('has a registry that the generator would write unchanged', () => {
    expect(() => execFileSync('node', ['scripts/gen-rule-index.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('bundles every rule\'s example fixtures as they are on disk (for --explain and SARIF help)', () => {
    expect(() => execFileSync('node', ['scripts/gen-rule-examples.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('uses kebab-case ids that are unique', () => {
    for (const { id } of rules) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has every doc section', () => {
    for (const text of [rule.docs.summary, rule.docs.breaks, rule.docs.fix]) expect(text.trim()).not.toBe('');
  });

  it('has must-fire and must-not-fire fixtures, its examples among them', () => {
    const folder = `fixtures/rules/${id}`;
    expect(existsSync(folder), `${folder} exists`).toBe(true);
    const cases = readdirSync(folder);
    expect(cases.filter((c) => c.startsWith('bad-'))).toContain(rule.docs.example.bad);
    expect(cases.filter((c) => c.startsWith('good-'))).toContain(rule.docs.example.good);
  });

  it('gives security rules a severity between 0 and 10', () => {
    if (!rule.security) return;
    expect(rule.security.severity).toBeGreaterThanOrEqual(0);
    expect(rule.security.severity).toBeLessThanOrEqual(10);
  });
});
