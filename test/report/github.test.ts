import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../src/engine/result.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { formatResult } from '../../src/report/index.js';
import { sampleFindings, sampleResult } from './sample.js';

const github = (findings: ReportedFinding[] = sampleFindings(), cwd?: string) =>
  formatResult(sampleResult({ findings }), 'github', { color: true, ...(cwd !== undefined && { cwd }) });

/** Reads a workflow command back as the Actions runner does (ActionCommand.TryParseV2, then unescape). */
function parseCommand(line: string) {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    match[2]!.split(',').map((pair) => {
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), unescape(pair.slice(eq + 1))];
    }),
  );
  return { command: match[1], properties, message: unescape(match[3]!) };
}

describe('github', () => {
  it('prints one annotation a finding: error, warning, and notice for a note', async () => {
    const lines = (await github()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => parseCommand(line).command)).toEqual(['warning', 'error', 'error', 'notice']);
    expect(parseCommand(lines[1]!)).toEqual({
      command: 'error',
      properties: { file: 'redis.conf', line: '3', col: '11', endLine: '3', endColumn: '14', title: 'conf-parse-error' },
      message: 'maxmemory: argument must be a memory value.',
    });
  });

  it('puts properties in a fixed order and related locations in the message', async () => {
    const [, , quorum] = (await github()).split('\n');
    expect(quorum).toMatch(/^::error file=sentinel\/sentinel\.conf,line=2,col=41,endLine=2,endColumn=42,title=quorum-exceeds-sentinels::/);
    expect(parseCommand(quorum!).message.split('\n')).toEqual([
      'Sentinel can never agree that mymaster is down: quorum 3 needs 3 Sentinels, only 1 monitors it. Set the quorum to 1 or add Sentinels.',
      '',
      'Related:',
      'redis.conf:1:6: the master it monitors',
      'sentinel/sentinel.conf:3:10: the password it uses',
    ]);
  });

  it('escapes as @actions/core does, so nothing a message holds can start a command or end a property', async () => {
    expect(escapeData('100% a\r\nb :, %0A')).toBe('100%25 a%0D%0Ab :, %250A');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const [first] = sampleFindings();
    const nasty = { ...first!, ruleId: 'odd,rule:id', message: 'line one\r\n::error::forged\n50% %0A done', related: [] };
    const out = await github([{ ...nasty, at: { ...nasty.at, file: 'dir,with:odd%chars.conf' } }]);
    expect(out.split('\n')).toHaveLength(2); // one line and the final newline: no forged command
    const parsed = parseCommand(out.trimEnd());
    expect(parsed.properties).toMatchObject({ file: 'dir,with:odd%chars.conf', title: 'odd,rule:id' });
    expect(parsed.message).toBe('line one\n::error::forged\n50% %0A done');
  });

  it('makes control characters visible instead of passing them to the log', async () => {
    const [first] = sampleFindings();
    const out = await github([{ ...first!, message: 'bell\u0007 esc\u001b[31m rtl\u202e', related: [] }]);
    expect(out).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(parseCommand(out.trimEnd()).message).toBe('bell\u2407 esc\u241b[31m rtl\ufffd');
  });

  it('leaves out columns on a span over several lines, which the runner would drop or refuse', async () => {
    const [first] = sampleFindings();
    const at = { file: 'redis.conf', line: 2, column: 5, endLine: 4, endColumn: 2 };
    const { properties } = parseCommand((await github([{ ...first!, at, related: [] }])).trimEnd());
    expect(properties).toEqual({ file: 'redis.conf', line: '2', endLine: '4', title: 'secret-in-repo' });
  });

  it('gives an absolute path under an absolute cwd, which the runner makes relative to the repository', async () => {
    const lines = (await github(sampleFindings(), '/home/runner/work/repo/repo/deploy')).split('\n');
    expect(parseCommand(lines[0]!).properties.file).toBe('/home/runner/work/repo/repo/deploy/redis.conf');
    expect(parseCommand(lines[2]!).properties.file).toBe('/home/runner/work/repo/repo/deploy/sentinel/sentinel.conf');
  });

  it('prints nothing when there is nothing to report', async () => {
    expect(await github([])).toBe('');
  });

  it('matches the golden file', async () => {
    await expect(await github()).toMatchFileSnapshot('golden/github.txt');
  });
});
