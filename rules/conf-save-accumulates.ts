import { defineRule } from '../src/engine/rule.js';
import type { ConfDirective, ConfFacts } from '../src/model/facts.js';

export default defineRule({
  id: 'conf-save-accumulates',
  level: 'note',
  category: 'syntax',
  docs: {
    summary: 'Several `save` lines, spread through the file, or `save ""` followed later by more `save` lines.',
    breaks:
      'Unlike other directives, `save` lines add up: each one adds snapshot rules, and `save ""` only clears the rules ' +
      'read so far (RULES.md §1.3, E5). A `save` line written further down to replace an earlier schedule adds to it ' +
      'instead, and a `save ""` meant to turn snapshots off is undone by any later `save` line. One block of `save` ' +
      'lines in a row reads as one schedule and is not reported; neither are files the server rewrote, since CONFIG ' +
      'REWRITE writes each rule on a line of its own.',
    fix: 'Write the whole schedule in one place (`save 3600 1 300 100`), or `save ""` alone to turn snapshots off.',
    example: { bad: 'bad-save-lines-apart', good: 'good-one-save-block' },
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      if (conf.rewrittenByServer) continue;
      const saves = conf.directives.filter((d) => d.valid && d.name === 'save');
      const clearing = saves.findLast(isClear);
      const active = clearing ? saves.slice(saves.indexOf(clearing) + 1) : saves;
      const first = active[0];
      if (!first) continue;
      if (clearing && !adjacent(conf, clearing, first)) {
        yield {
          at: first.span,
          message:
            `save "" on line ${clearing.span.line} turns RDB snapshots off, but this later save line turns them back on: ` +
            `the server snapshots ${describeRules(active)}. Remove the lines you did not mean.`,
          related: [{ at: clearing.span, message: 'snapshots are turned off here' }],
        };
        continue;
      }
      const apart = active.find(
        (line, i) => i > 0 && (!adjacent(conf, active[i - 1]!, line) || repeatsSeconds(active.slice(0, i), line)),
      );
      if (!apart) continue;
      yield {
        at: apart.span,
        message:
          `save lines add up instead of replacing each other: with this line the server snapshots ${describeRules(active)}. ` +
          'Write the whole schedule on one save line, or remove the rules you did not mean.',
        related: active.filter((line) => line !== apart).map((line) => ({ at: line.span, message: 'this save line also counts' })),
      };
    }
  },
});

const isClear = (save: ConfDirective) => rulesOf(save).length === 0;

/** The (seconds, changes) pairs of a save line; `save "900 1 300 10"` is split again (config.c). */
function rulesOf(save: ConfDirective): [string, string][] {
  const words = save.args.flatMap((a) => a.text.split(/\s+/)).filter((w) => w !== '');
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i += 2) pairs.push([words[i]!, words[i + 1]!]);
  return pairs;
}

/** No other directive stands between the two lines. */
function adjacent(conf: ConfFacts, a: ConfDirective, b: ConfDirective): boolean {
  return conf.directives.indexOf(b) - conf.directives.indexOf(a) === 1;
}

function repeatsSeconds(earlier: ConfDirective[], line: ConfDirective): boolean {
  const seconds = new Set(earlier.flatMap((e) => rulesOf(e).map(([s]) => Number(s))));
  return rulesOf(line).some(([s]) => seconds.has(Number(s)));
}

function describeRules(saves: ConfDirective[]): string {
  const rules = saves
    .flatMap(rulesOf)
    .map(([seconds, changes]) => `after ${seconds} s if at least ${changes} ${changes === '1' ? 'change' : 'changes'}`);
  return rules.length <= 4 ? rules.join(', ') : `${rules.slice(0, 3).join(', ')} and ${rules.length - 3} more rules`;
}
