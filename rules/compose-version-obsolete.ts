import { defineRule } from '../src/engine/rule.js';

/** compose-go loader.go (warnObsoleteVersion): the warning `docker compose` prints for every file with `version:`. */
const COMPOSE_WARNING = 'the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion';

export default defineRule({
  id: 'compose-version-obsolete',
  level: 'note',
  category: 'compose',
  docs: {
    summary: 'A compose file has a top-level `version:`.',
    breaks:
      'Docker Compose v2 follows the Compose Specification, which has no file versions: the key is ignored, so ' +
      '`version: "3.8"` neither enables nor restricts anything. Since Compose 2.25 every command warns about it ' +
      `("${COMPOSE_WARNING}", compose-go loader.go; RULES.md §2.7, cver), which hides real warnings in CI logs.`,
    fix: 'Delete the `version:` line. Nothing else changes: Compose v2 reads the file the same way without it.',
    example: { bad: 'bad-version-3-8', good: 'good-no-version' },
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const { version } = project.facts;
      if (!version) continue;
      const written = version.known && version.value !== '' ? ` "${version.value}"` : '';
      yield {
        at: version.span,
        message:
          `${project.file} sets version${written}, which Docker Compose v2 ignores; every \`docker compose\` command ` +
          `warns "${COMPOSE_WARNING}". Delete the line.`,
      };
    }
  },
});
