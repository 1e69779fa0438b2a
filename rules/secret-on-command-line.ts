import { defineRule } from '../src/engine/rule.js';
import { commandSecrets, type CommandSecret } from '../src/model/queries/compose-secrets.js';

export default defineRule({
  id: 'secret-on-command-line',
  level: 'warning',
  category: 'security',
  security: { severity: 5.5 },
  docs: {
    summary:
      'A password is passed on a compose command line: a `--requirepass`/`--masterauth`-style flag, or a ' +
      '`requirepass`/`masterauth`/`sentinel auth-pass`/`sentinel sentinel-pass` line that an `sh -c` script writes.',
    breaks:
      "Compose stores the command in the container's configuration, so `docker inspect` (and anything that reads " +
      'it: monitoring agents, `docker compose config` in CI logs) shows the password. A `${VAR}` does not help: ' +
      'compose substitutes it before the container is created, so the value is what is stored. redis-server hides ' +
      'its own arguments once it starts, but a dash-based `sh -c` keeps the whole script in `ps` while it runs ' +
      '(busybox sh execs the last command instead) (RULES.md E15). A `$$VAR` that the container\'s shell expands ' +
      'at run time, or `$(cat /run/secrets/…)`, is not on the command line and is not reported.',
    fix:
      'Put the password in a conf file the container reads (a compose `secrets:` or `configs:` file, or one the ' +
      'entrypoint writes from a secret file), not in `command:`. For Sentinel, mount a sentinel.conf that ' +
      'holds `sentinel auth-pass`.',
    example: { bad: 'bad-requirepass-flag', good: 'good-password-from-secret-file' },
  },
  *check(deployment) {
    for (const found of commandSecrets(deployment)) {
      if (found.secret.isEmpty || !onCommandLine(found)) continue;
      yield { at: found.secret.span, message: explain(found) };
    }
  },
});

/** Whether docker inspect shows the value itself, not a shell expression that finds it at run time. */
function onCommandLine({ secret, dollars, viaShell, service }: CommandSecret): boolean {
  if (dollars === undefined) {
    // Without the `$` facts, a value equal to a secret of the service's environment may be a
    // `$$VAR` the shell expands; a template may be `$(cat …)`: neither is proven.
    return !secret.isTemplate && !service.facts.environment.some((v) => v.secret && !v.secret.isTemplate && v.secret.equals(secret));
  }
  if (dollars.some((d) => d.form !== 'escape')) return true; // compose substitutes it into the command
  if (dollars.length) return !viaShell; // `$$` is a `$` for the shell, which expands it at run time
  return !secret.isTemplate; // `$(cat …)`, backquotes: the shell finds it at run time
}

function explain({ what, node, viaShell, dollars }: CommandSecret): string {
  const where = viaShell ? `the sh -c script of ${node.service ? `service ${node.service.facts.name}` : node.name}` : `the command of service ${node.service?.facts.name}`;
  const variable = dollars?.some((d) => d.form !== 'escape') ? ' (compose substitutes the variable before it stores the command)' : '';
  return (
    `${what[0]!.toUpperCase()}${what.slice(1)} is written into ${where}${variable}: docker inspect shows it to anyone ` +
    `who can reach the Docker daemon${viaShell ? ' (and, on dash-based images, ps shows the script while it runs)' : ''}. ` +
    `Put it in a conf file the container reads from a secret instead.`
  );
}
