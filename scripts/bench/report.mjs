// What the bench prints and writes: a Markdown table (pasteable into the README), the JSON record
// for comparing commits, and the change against an earlier record.
import { readFileSync, writeFileSync } from 'node:fs';

const NAMES = { ours: 'ours', node: 'node -e 0', dclint: 'dclint', floor: 'floor', small: 'small repo', yaml: 'yaml alone' };

export function header(o, m, c, rssMethod) {
  const lines = [
    `sentinel-lint bench: seed ${o.seed}, sizes ${o.sizes.join('/')}, ${o.runs} run(s) after ${o.warmups} warm-up(s)` +
      (o.quick ? ' (quick: times are not judged)' : ''),
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryMB} MB, Node ${m.node}, ${m.os}; load average at start ${m.loadAtStart.join(' ')}`,
    `commit: ${c.sha.slice(0, 12)}${c.distChanged ? ' (dist/ differs from this commit: a local build is measured)' : ''}; peak RSS by ${rssMethod}`,
  ];
  if (m.loadAtStart[0] > m.cores) {
    lines.push(`warning: the load average ${m.loadAtStart[0]} is above the ${m.cores} cores: expect noisy ratios, rerun when the machine is quieter`);
  }
  return lines.join('\n');
}

export function table(rows) {
  const out = ['| case | measure | medians | result | target | pass | peak RSS |', '|---|---|---|---:|---|---|---:|'];
  for (const r of rows) {
    const medians = Object.entries(r.mediansMs)
      .filter(([, ms]) => ms !== undefined)
      .map(([k, ms]) => `${NAMES[k] ?? k} ${seconds(ms)}`)
      .join(', ');
    const result = r.value !== null ? formatValue(r.value, r.unit) : fits(r.note) ? r.note : 'broken (see below)';
    const verdict = r.bound ? 'bound' : r.pass === null ? 'skipped' : r.pass ? 'pass' : 'FAIL';
    const rss = r.rssMB === undefined ? '' : `${r.rssMB} MB`;
    out.push(`| ${r.case} | ${r.measure} | ${medians} | ${result} | ${r.target.op === '<=' ? '≤' : '≥'} ${r.target.value} | ${verdict} | ${rss} |`);
  }
  return out.join('\n');
}

/** The problems behind rows without a value that do not fit in the table, one line each. */
export function notes(rows) {
  return rows.filter((r) => r.value === null && !fits(r.note)).map((r) => `${r.case}: ${r.note ?? 'no runs'}`).join('\n');
}

function fits(note) {
  return note !== undefined && note.length <= 40;
}

export function writeRecord(file, record) {
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
}

/** An earlier --json record, read before the bench spends minutes measuring. */
export function readRecord(file) {
  const record = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(record?.rows)) throw new Error('it has no rows: not a bench --json record');
  return record;
}

/** The change of each row against an earlier record; other machines or repositories make it rough. */
export function compare(file, before, now) {
  const lines = [`change against ${file} (commit ${String(before.commit?.sha).slice(0, 12)}, ${before.date}):`];
  const [a, b] = [before.machine ?? {}, now.machine];
  if (a.cpu !== b.cpu || a.cores !== b.cores) {
    lines.push(`warning: measured on another machine (${a.cpu}, ${a.cores} cores): compare ratios with care`);
  }
  const [was, is] = [before.options ?? {}, now.options];
  if (String(was.sizes) !== String(is.sizes) || was.seed !== is.seed || before.generator !== now.generator) {
    lines.push(`warning: other repositories (sizes ${was.sizes}, seed ${was.seed}, ${before.generator}): rows are not like for like`);
  }
  lines.push('| case | measure | before | now | change |', '|---|---|---:|---:|---:|');
  for (const row of now.rows) {
    const old = before.rows?.find((r) => r.id === row.id);
    const was = old?.value ?? null;
    const is = row.value;
    const change = was !== null && is !== null && was !== 0 ? `${signed(((is - was) / was) * 100)} %` : '';
    lines.push(`| ${row.case} | ${row.measure} | ${was === null ? 'n/a' : formatValue(was, row.unit)} | ${is === null ? 'n/a' : formatValue(is, row.unit)} | ${change} |`);
  }
  return lines.join('\n');
}

function formatValue(value, unit) {
  return unit === 'MB' ? `${value} MB` : `${value.toFixed(2)}×`;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(3)} s`;
}

function signed(n) {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`;
}
