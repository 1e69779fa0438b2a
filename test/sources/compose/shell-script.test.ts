import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verbatim } from '../../../src/sources/compose/mapped-text.js';
import { runScript, type FileSnapshot } from '../../../src/sources/compose/shell-script.js';
import { fuzzRuns, fuzzTimeout } from '../../property/runs.js';

const run = (script: string, env: Record<string, string> = {}, cwd: string | undefined = '/data') =>
  runScript(verbatim(script, 0), new Map(Object.entries(env)), cwd);

/** The text of the config file the first started program reads. */
function content(snapshot: FileSnapshot | undefined): string | undefined {
  if (snapshot?.kind === 'written') return snapshot.content.text;
  if (snapshot?.kind === 'copied') return `<${snapshot.from}>${snapshot.appended.text}`;
  return snapshot?.kind;
}

describe('runScript', () => {
  it('collects echo > and >> lines for the file redis-sentinel then reads', () => {
    const script = `echo 'sentinel monitor m redis 6379 2' > /etc/s.conf && echo "sentinel down-after-milliseconds m 5000" >> /etc/s.conf && exec redis-sentinel /etc/s.conf`;
    const { started } = run(script);
    expect(started.map((s) => s.program.value.text)).toEqual(['redis-sentinel']);
    expect(content(started[0]!.file?.snapshot)).toBe('sentinel monitor m redis 6379 2\nsentinel down-after-milliseconds m 5000\n');
    const text = (started[0]!.file!.snapshot as { content: { text: string; from: ArrayLike<number> } }).content;
    expect(text.from[text.text.indexOf('2')]).toBe(script.indexOf('2'));
  });

  it('reads a here-document, expanding known variables and keeping unknown ones as written', () => {
    const script = 'cat > s.conf <<EOF\nport $PORT\nsentinel monitor m $IP 6379 2\nEOF\nredis-sentinel s.conf\n';
    const { started } = run(script, { PORT: '26379' });
    expect(content(started[0]!.file?.snapshot)).toBe('port 26379\nsentinel monitor m $IP 6379 2\n');
    const quoted = run("cat <<'EOF' > /s.conf\nport $PORT\nEOF\nredis-sentinel /s.conf", { PORT: '1' });
    expect(content(quoted.started[0]!.file?.snapshot)).toBe('port $PORT\n');
  });

  it('follows printf, cp and appends to a copy', () => {
    const script = `printf 'port %s\\nbind %s\\n' 26379 0.0.0.0 > /a.conf; cp /etc/base.conf /b.conf; echo 'port 1' >> /b.conf; redis-server /a.conf & redis-sentinel /b.conf`;
    const { started } = run(script);
    expect(content(started[0]!.file?.snapshot)).toBe('port 26379\nbind 0.0.0.0\n');
    expect(content(started[1]!.file?.snapshot)).toBe('</etc/base.conf>port 1\n');
  });

  it('follows nested shells and bash -s with a here-document', () => {
    const script = `bash -s <<EOF\n"/bin/bash" -c "cat <<EOF2 > /s.conf\nport 1\nEOF2"\nredis-sentinel /s.conf\nEOF\n`;
    const { started } = run(script);
    expect(content(started[0]!.file?.snapshot)).toBe('port 1\n');
  });

  it('leaves a file unknown when sed edits it or a loop writes it, and never guesses', () => {
    expect(run(`sed -i 's/x/y/' /r.conf && redis-server /r.conf`).started[0]!.file?.snapshot).toEqual({ kind: 'unknown', why: '"sed" changes it before the server starts' });
    const loop = run(`for i in 1 2; do echo "port $i" >> /r.conf; done; redis-server /r.conf`);
    expect(loop.started[0]!.file?.snapshot.kind).toBe('unknown');
    expect(run(`echo -e 'a\\nb' > /r.conf; redis-server /r.conf`).started[0]!.file?.snapshot.kind).toBe('unknown');
  });

  it('marks programs started on some paths only as uncertain', () => {
    const { started } = run(`if [ -f /x ]; then redis-server /x; fi; false || redis-sentinel /y`);
    expect(started.map((s) => s.certain)).toEqual([false, false]);
  });

  it('says what it cannot follow', () => {
    expect(run('sh /init.sh').opaque).toEqual(['it runs /init.sh with sh, which sentinel-lint does not read']);
    expect(run('echo "never closed').opaque[0]).toContain('a double quote is never closed');
  });

  it('keeps a command substitution as an unknown value', () => {
    const { started } = run(`PW=$(cat /run/secrets/pw) && echo "requirepass $PW" > /r.conf && redis-server /r.conf`);
    const snapshot = started[0]!.file!.snapshot as { kind: 'written'; content: { text: string; holes: readonly unknown[] } };
    expect(snapshot.content.text).toBe('requirepass $PW\n');
    expect(snapshot.content.holes.filter(Boolean)).toHaveLength(3);
  });

  it('never throws on any script', () => {
    const pieces = fc.constantFrom('echo', ' ', "'", '"', '\\', '$', '${X', '}', '$(', ')', '(', '`', '<<EOF', '\nEOF\n', '>', '>>', '|', '&&', ';', '\n',
      'if', 'then', 'fi', 'for', 'do', 'done', 'case', 'esac', 'in', 'x)', ';;', '{', 'redis-sentinel', '/s.conf', 'sh -c', 'cp', '#', 'X=1');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join(' ')), (script) => {
        const result = run(script);
        expect(Array.isArray(result.started)).toBe(true);
      }),
      { numRuns: fuzzRuns(10_000) },
    );
  }, fuzzTimeout(60_000));
});
