import { defineRule } from '../src/engine/rule.js';
import type { ConfArg, ConfDirective } from '../src/model/facts.js';
import { binaryUnitOf, bytesWithUnit, MEMORY_DIRECTIVES, readMemoryValue, type MemoryValue } from '../src/model/queries/memory-values.js';

export default defineRule({
  id: 'conf-memory-unit-ambiguous',
  level: 'warning',
  category: 'syntax',
  docs: {
    summary: 'A memory size whose unit does not mean what it usually means: `k`/`m`/`g`, a bare unit, or a `maxmemory` under 1 MB.',
    breaks:
      'redis-server reads `k`, `m` and `g` as powers of 1000 and `kb`, `mb`, `gb` as powers of 1024, so `maxmemory 2g` is ' +
      '7 % less than 2 GiB. A unit with no number (`maxmemory gb`) is accepted as 0, and for `maxmemory` 0 means no limit at ' +
      'all. A `maxmemory` under 1 MB (a forgotten unit) only logs a warning, and the server then evicts or refuses writes at ' +
      'once (RULES.md §1.3, E4).',
    fix: 'Write the number with the unit you mean: `2gb` for 2 GiB, `2000mb` for 2000 MiB.',
    example: { bad: 'bad-decimal-unit', good: 'good-binary-unit' },
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      for (const directive of conf.directives) {
        if (!directive.valid) continue;
        for (const arg of memoryArguments(directive)) {
          const value = readMemoryValue(arg.text);
          const message = value && explain(directive.name, arg.text, value);
          if (message) yield { at: arg.span, message };
        }
      }
    }
  },
});

/** The arguments read as memory sizes: the value, or the hard and soft limits of each client class. */
function memoryArguments(directive: ConfDirective): ConfArg[] {
  if (directive.name === 'client-output-buffer-limit') return directive.args.filter((_, i) => i % 4 === 1 || i % 4 === 2);
  return MEMORY_DIRECTIVES.has(directive.name) ? directive.args.slice(0, 1) : [];
}

const IEC: Readonly<Record<string, string>> = { kb: 'KiB', mb: 'MiB', gb: 'GiB' };

function explain(name: string, text: string, value: MemoryValue): string | undefined {
  if (value.digits === '' && value.unit !== '') {
    const meaning = name === 'maxmemory' ? 'maxmemory 0 means no memory limit at all' : `${name} is set to 0`;
    return (
      `"${text}" has a unit but no number, and redis-server reads it as 0 bytes: ${meaning}. Write the number too ` +
      `(for example 2${value.unit}).`
    );
  }
  if (name === 'maxmemory' && value.bytes > 0 && value.bytes < 1024 * 1024) {
    return (
      `maxmemory ${text} is ${value.bytes} bytes, under 1 MB: redis-server only logs "WARNING: You specified a maxmemory value ` +
      `that is less than 1MB" and then evicts keys or refuses writes almost at once. Add the unit you meant (${value.digits}mb).`
    );
  }
  const binary = binaryUnitOf(value.unit);
  if (!binary || Number(value.digits) === 0) return undefined;
  const meant = bytesWithUnit(value.digits, binary);
  const less = (((meant - value.bytes) / meant) * 100).toFixed(1);
  return (
    `"${text}" is ${value.bytes} bytes: the units k, m and g count in powers of 1000, so it is ${less} % less than ` +
    `${value.digits}${binary} (${meant} bytes). Write ${value.digits}${binary} if you meant ${IEC[binary]}.`
  );
}
