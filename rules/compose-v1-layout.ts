import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'compose-v1-layout',
  level: 'note',
  category: 'compose',
  docs: {
    summary: 'A compose file has no `services:` key: its services sit at the top level (the Compose v1 layout).',
    breaks:
      'Docker Compose v2 only reads the Compose Specification layout: its schema allows no other top-level keys, so ' +
      'the file is refused ("additional properties … not allowed", compose-go schema) and nothing starts. Only the ' +
      'retired Python `docker-compose` 1.x ran it (RULES.md §2.8, cver); the `links:` such files use are legacy too.',
    fix:
      'Move the services under a top-level `services:` key (indent them one level), and replace `links:` with the ' +
      'service names, which every container on the project network resolves.',
    example: { bad: 'bad-services-at-top-level', good: 'good-services-key' },
  },
  *check(deployment) {
    for (const project of deployment.compose) {
      const { facts } = project;
      const first = facts.services[0];
      if (!facts.v1Layout || !first) continue;
      const names = facts.services.map((s) => s.name);
      const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
      yield {
        at: first.span,
        message:
          `${project.file} has no services: key, so its services (${listed}) sit at the top level as in Compose v1: ` +
          'Docker Compose v2 refuses the file ("additional properties … not allowed"). Move them under services:.',
      };
    }
  },
});
