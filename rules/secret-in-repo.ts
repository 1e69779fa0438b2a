import { defineRule } from '../src/engine/rule.js';
import { passwordArgs } from '../src/model/queries/password-args.js';

export default defineRule({
  id: 'secret-in-repo',
  level: 'warning',
  category: 'security',
  security: { severity: 7 },
  docs: {
    summary: 'A real password is written literally in a conf file that is part of the repository.',
    breaks:
      'Everyone who can read the repository, its forks, clones, backups and CI logs has the password, for as long ' +
      'as the history exists. A file counts as part of the repository when it is in the linted tree and not ' +
      'ignored by a .gitignore (DESIGN.md "Secrets"). Not reported: `""` (no password), unexpanded `${VAR}` text ' +
      '(conf-unexpanded-variable), well-known placeholders (placeholder-password: they are public already), and ' +
      "ACL `#<sha256>` hashes, which Sentinel's own CONFIG REWRITE writes. The finding points at the line and never " +
      'shows the value.',
    fix:
      'Remove the password from the file and from the history, change it, and supply it at deploy time: an ' +
      '`include` of a file that is not committed (a mounted secret), or a conf file written by the start script.',
    example: { bad: 'bad-literal-requirepass', good: 'good-password-in-uncommitted-include' },
  },
  *check(deployment) {
    // One written password may set two directives (Bitnami's REDIS_PASSWORD is also the masterauth): one finding.
    const reported = new Set<string>();
    for (const conf of deployment.confs) {
      for (const { secret, what } of passwordArgs(conf)) {
        if (secret.isEmpty || secret.isUnexpandedVariable || secret.isPlaceholder) continue;
        const key = `${secret.span.file}:${secret.span.line}:${secret.span.column}`;
        if (reported.has(key)) continue;
        reported.add(key);
        yield {
          at: secret.span,
          message:
            `${what[0]!.toUpperCase()}${what.slice(1)} is written literally in ${secret.span.file}, which is part of the repository: ` +
            `everyone who can read it has the password. Supply it at deploy time (an include of an uncommitted file) and change it.`,
        };
      }
    }
  },
});
