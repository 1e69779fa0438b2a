import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../src/engine/result.js';
import { formatResult } from '../../src/report/index.js';
import { MAX_ROWS, VISIBLE_ROWS } from '../../src/report/markdown.js';
import { sampleFindings, sampleResult } from './sample.js';

const markdown = (findings: ReportedFinding[] = sampleFindings(), fileCount = 3) =>
  formatResult(sampleResult({ findings, fileCount }), 'markdown', { color: true });

const tableRows = (text: string) => text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Level') && !line.startsWith('| ---'));

/** `count` findings, one a line of one file, each a warning. */
const many = (count: number): ReportedFinding[] => {
  const [first] = sampleFindings();
  return Array.from({ length: count }, (_, i) => ({
    ...first!,
    message: `finding ${i + 1}`,
    related: [],
    at: { file: 'a.conf', line: i + 1, column: 1, endLine: i + 1, endColumn: 2 },
  }));
};

describe('markdown', () => {
  it('heads the report with the counts', async () => {
    const out = await markdown();
    expect(out.split('\n')[0]).toBe('## sentinel-lint: 2 errors, 1 warning, 1 note in 3 files');
    expect(await markdown([], 1)).toBe('## sentinel-lint: no problems in 1 file\n');
  });

  it('lists findings most severe first, each linking to its rule’s fix', async () => {
    const out = await markdown();
    expect(tableRows(out).map((row) => row.split(' | ').slice(0, 3))).toEqual([
      ['| error', '[`conf-parse-error`](#conf-parse-error)', '`redis.conf:3`'],
      ['| error', '[`quorum-exceeds-sentinels`](#quorum-exceeds-sentinels)', '`sentinel/sentinel.conf:2`'],
      ['| warning', '[`secret-in-repo`](#secret-in-repo)', '`redis.conf:2`'],
      ['| note', '[`conf-parse-error`](#conf-parse-error)', '`sentinel/sentinel.conf:3`'],
    ]);
    // every link has a heading to land on, with the rule's fix under it
    for (const id of ['conf-parse-error', 'quorum-exceeds-sentinels', 'secret-in-repo']) expect(out).toContain(`\n#### ${id}\n`);
    expect(out).toContain('**Fix:** Set the quorum to a majority of the Sentinels (2 of 3, 3 of 5), or run more Sentinels.');
  });

  it('does not link a rule id it has no documentation for', async () => {
    const [first] = sampleFindings();
    const out = await markdown([{ ...first!, ruleId: 'unknown-rule', related: [] }]);
    expect(tableRows(out)[0]).toContain('| `unknown-rule` |');
    expect(out).not.toContain('How to fix');
  });

  it('keeps each finding in its cell: pipes, line breaks, HTML and Markdown marks escaped', async () => {
    const [first] = sampleFindings();
    const message = 'a | b\r\nc\n<img src=x onerror=alert(1)> & *bold* _it_ [link](http://x) `code` ~~del~~ \\';
    const rows = tableRows(await markdown([{ ...first!, message, related: [] }]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toBe(
      '| warning | [`secret-in-repo`](#secret-in-repo) | `redis.conf:2` | ' +
        'a \\| b<br>c<br>&lt;img src=x onerror=alert(1)&gt; &amp; \\*bold\\* \\_it\\_ \\[link\\](http://x) \\`code\\` \\~\\~del\\~\\~ \\\\ |',
    );
  });

  it('fences a path holding backticks or pipes so the cell still holds', async () => {
    const [first] = sampleFindings();
    const at = { file: 'we`ird|dir/redis.conf', line: 7, column: 1, endLine: 7, endColumn: 2 };
    const [row] = tableRows(await markdown([{ ...first!, at, related: [] }]));
    expect(row!.split(' | ')[2]).toBe('``we`ird\\|dir/redis.conf:7``');
  });

  it(`shows ${VISIBLE_ROWS} rows, folds the rest into <details>, and stops at ${MAX_ROWS}`, async () => {
    const folded = await markdown(many(VISIBLE_ROWS + 3));
    const [open, rest] = folded.split('<details>');
    expect(tableRows(open!)).toHaveLength(VISIBLE_ROWS);
    expect(rest).toContain('<summary>3 more findings</summary>');
    expect(tableRows(rest!)).toHaveLength(3);
    expect(rest).toContain('</details>');

    const capped = await markdown(many(MAX_ROWS + 7));
    expect(tableRows(capped)).toHaveLength(MAX_ROWS);
    expect(capped).toContain(`<summary>${MAX_ROWS - VISIBLE_ROWS} more findings</summary>`);
    expect(capped).toContain('7 more findings not shown');
    expect(capped.length).toBeLessThan(65_536); // still fits a PR comment
  });

  it('has no <details> when everything fits', async () => {
    expect(await markdown()).not.toContain('<details>');
  });

  it('is deterministic and ends with one newline', async () => {
    const [a, b] = [await markdown(), await markdown([...sampleFindings()].reverse())];
    expect(a).toBe(b);
    expect(a.endsWith('.\n')).toBe(true);
  });

  it('matches the golden file', async () => {
    await expect(await markdown()).toMatchFileSnapshot('golden/report.md');
  });
});
