import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, stringify, visit, type Scalar } from 'yaml';
import { scalarText } from '../../../src/sources/compose/scalar-offsets.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

/** Every scalar of a YAML text with its mapped text. */
function scalars(text: string) {
  const doc = parseDocument(text);
  const out: { node: Scalar; mapped: ReturnType<typeof scalarText> }[] = [];
  visit(doc, {
    Scalar(_key, node) {
      out.push({ node, mapped: scalarText(text, node) });
    },
  });
  return out;
}

/** The source characters of each value character, for the value `key: …`. */
function sourceOf(text: string) {
  const found = scalars(text).find((s) => s.node.value !== 'key');
  if (!found) throw new Error('no value');
  const { mapped } = found;
  return [...mapped.text].map((_, i) => text.slice(mapped.from[i], mapped.to[i]));
}

describe('scalarText', () => {
  it('maps a plain multi-line scalar, folding the line break into a space', () => {
    const text = 'key: redis-server\n  --port 6380\n';
    expect(scalars(text)[1]!.mapped.text).toBe('redis-server --port 6380');
    expect(sourceOf(text).join('|')).toContain('r|v|e|r|\n|-|-|p');
  });

  it('maps single quotes, with a doubled quote to both characters', () => {
    const text = "key: 'it''s'\n";
    expect(sourceOf(text)).toEqual(['i', 't', "''", 's']);
  });

  it('maps double-quoted escapes to the whole escape', () => {
    const text = 'key: "a\\tb\\x41\\u00e9\\\\"\n';
    expect(sourceOf(text)).toEqual(['a', '\\t', 'b', '\\x41', '\\u00e9', '\\\\']);
  });

  it('drops an escaped line break and the next indentation', () => {
    const text = 'key: "ab\\\n    cd"\n';
    expect(scalars(text)[1]!.mapped.text).toBe('abcd');
    expect(sourceOf(text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('maps a folded block scalar, line by line', () => {
    const text = 'key: >\n  sh -c "echo\n  x"\n\n  next\n';
    const [, value] = scalars(text);
    expect(value!.mapped.text).toBe('sh -c "echo x"\nnext\n');
    const x = value!.mapped.text.indexOf('x');
    expect(text.slice(value!.mapped.from[x], value!.mapped.to[x])).toBe('x');
    expect(value!.mapped.from[x]).toBe(text.indexOf('  x"') + 2);
  });

  it('maps a literal block scalar with more-indented lines and keep chomping', () => {
    const text = 'key: |+\n  a\n    b\n\n';
    const [, value] = scalars(text);
    expect(value!.mapped.text).toBe('a\n  b\n\n');
    expect(text.slice(value!.mapped.from[2], value!.mapped.to[4])).toBe('  b'); // the indentation is not content
  });

  it('handles an explicit indentation indicator and CRLF line ends', () => {
    const explicit = 'key: |2\n    two\n';
    expect(scalars(explicit)[1]!.mapped.text).toBe('  two\n');
    const crlf = 'key: >\r\n  a\r\n  b\r\n';
    const [, value] = scalars(crlf);
    expect(value!.mapped.text).toBe('a b\n');
    expect(crlf.slice(value!.mapped.from[2], value!.mapped.to[2])).toBe('b');
  });

  it('never maps a character outside the scalar, and maps each plain character to itself', () => {
    const styles = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
    const alphabet = fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '"', "'", '\\', '#', ':', '-', '$', '{', '}', 'é', '😀', '\x07', '\r\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.constantFrom(...styles), fc.integer({ min: 0, max: 3 }), (value, style, indent) => {
        let text: string;
        try {
          text = ' '.repeat(indent) + 'key: ' + stringify(value, { defaultStringType: style, lineWidth: 20, minContentWidth: 5 }).trimEnd();
        } catch {
          return;
        }
        const doc = parseDocument(indent === 0 ? text : text.trimStart());
        const source = indent === 0 ? text : text.trimStart();
        visit(doc, {
          Scalar(_key, node) {
            if (!isScalar(node) || !node.range) return;
            const mapped = scalarText(source, node);
            const [start, end] = node.range;
            for (let i = 0; i < mapped.text.length; i++) {
              expect(mapped.from[i]).toBeGreaterThanOrEqual(start);
              expect(mapped.to[i]).toBeLessThanOrEqual(end);
              expect(mapped.from[i]).toBeLessThanOrEqual(mapped.to[i]!);
              const raw = source.slice(mapped.from[i], mapped.to[i]);
              // A character mapped to one source character is that character, or a folded line break.
              if (raw.length === 1 && !/\s/.test(raw)) expect(raw).toBe(mapped.text[i]);
            }
          },
        });
      }),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));
});
