import { defineRule } from '../src/engine/rule.js';
import { deprecatedNoOp } from '../src/model/queries/deprecated-directives.js';

export default defineRule({
  id: 'conf-ignored-directive',
  level: 'note',
  category: 'syntax',
  docs: {
    summary: 'A deprecated directive that the server accepts and ignores, or an old alias (`slaveof`, `slave-read-only`, `*-ziplist-*`).',
    breaks:
      'Nothing fails: `list-max-ziplist-entries`, `list-max-ziplist-value` and (since 7.0) `lua-replicate-commands` are ' +
      'read and thrown away, so whoever tunes them changes nothing (RULES.md E12). Old aliases still work, but the ' +
      'server writes the current name when it rewrites the file, and searches for the current name miss them.',
    fix: 'Remove the ignored directives; write aliases with their current names (`replicaof`, `replica-read-only`).',
    example: { bad: 'bad-ziplist-and-slave-names', good: 'good-current-names' },
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      for (const directive of conf.directives) {
        if (!directive.valid) continue;
        const noOp = deprecatedNoOp(directive.written, deployment.target);
        if (noOp) {
          yield {
            at: directive.nameSpan,
            message: `${directive.written} is accepted and ignored by the server: it changes nothing (${noOp.instead}). Remove the line.`,
          };
        } else if (directive.written !== directive.name) {
          yield {
            at: directive.nameSpan,
            message:
              `${directive.written} is the old name of ${directive.name}: it still works, but CONFIG REWRITE writes it as ` +
              `${directive.name} and searches for ${directive.name} miss it. Write ${directive.name}.`,
          };
        }
      }
    }
  },
});
