import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('opens its set-up with the two commands a new user runs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('lists every rule with its default level', () => {
    for (const rule of rules) expect(readme).toContain(`| \`${rule.id}\` | ${rule.level} |`);
  });

  it('has the rule table the generator would write', () => {
    expect(() => execFileSync('node', ['scripts/gen-readme-rules.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
