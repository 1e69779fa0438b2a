import type { DollarFact, EnvVar } from '../../sources/compose/facts.js';
import type { ComposeProject, Deployment, Sentinel, Server, ServiceNode } from '../deployment.js';
import type { Secret } from '../secret.js';
import { spanKey, type Span } from '../span.js';
import { passwordArgs } from './password-args.js';

export type { DollarFact };

/** A password written in a compose file's `command:` / `entrypoint:` (a `--flag`, or a line a script writes). */
export interface CommandSecret {
  secret: Secret;
  /** How a message names it, e.g. "the requirepass password". */
  what: string;
  node: Server | Sentinel;
  service: ServiceNode;
  project: ComposeProject;
  /** A shell reads it: the process is started by a script, or a script writes the line. */
  viaShell: boolean;
  /** The `$`s compose read inside it; undefined when the compose facts do not say. */
  dollars?: DollarFact[];
}

/**
 * Every password argument of a compose-run process whose characters are written in the compose
 * file itself (not in a mounted conf file), once per place: services that share a command through
 * a YAML alias share its passwords.
 */
export function commandSecrets(deployment: Deployment): CommandSecret[] {
  const out: CommandSecret[] = [];
  const seen = new Set<string>();
  for (const project of deployment.compose) {
    for (const service of project.services) {
      for (const node of service.nodes) {
        // An image that builds its configuration from `environment:` (Bitnami) has no command line
        // of its own: those passwords are environment values, read by environmentSecrets.
        if (node.process?.startedBy === 'image') continue;
        const flagSpans = new Set((node.process?.flags ?? []).flatMap((line) => (line.ok ? line.tokens.map((t) => spanKey(t.span)) : [])));
        for (const { secret, what } of passwordArgs(node.conf)) {
          if (secret.span.file !== project.file || seen.has(spanKey(secret.span))) continue;
          seen.add(spanKey(secret.span));
          const viaShell = node.process?.startedBy === 'script' || !flagSpans.has(spanKey(secret.span));
          const dollars = project.facts.dollars?.filter((d) => within(d.span, secret.span));
          out.push({ secret, what, node, service, project, viaShell, ...(dollars ? { dollars } : {}) });
        }
      }
    }
  }
  return out;
}

/** An `environment:` value whose name says it holds a secret, with its service. */
export interface EnvironmentSecret {
  variable: EnvVar;
  service: ServiceNode;
  project: ComposeProject;
}

/**
 * Names the compose source takes for secrets (PASSWORD, PASS, SECRET, TOKEN) that hold something
 * else: switches (bitnami's `ALLOW_EMPTY_PASSWORD=yes`) and paths to a secret file (`*_FILE`).
 */
const NOT_A_PASSWORD = /^(ALLOW|ENABLE|DISABLE|USE|REQUIRE|SKIP)_|_(FILE|PATH|DIR)$/i;
const SWITCHES = ['yes', 'no', 'true', 'false', 'on', 'off', '0', '1'];

/** `environment:` values that are passwords, by their name, with their service. */
export function environmentSecrets(deployment: Deployment): EnvironmentSecret[] {
  return deployment.compose.flatMap((project) =>
    project.services.flatMap((service) =>
      service.facts.environment
        .filter((v) => (v.secret || v.dollars) && !NOT_A_PASSWORD.test(v.name) && !SWITCHES.some((s) => v.secret?.sameAs(s)))
        .map((variable) => ({ variable, service, project })),
    ),
  );
}

/**
 * Whether a secret's characters hold literal text beside the `$` expressions compose read in it
 * (`pa$word`), as opposed to being only variables (`$REDIS_PASSWORD`, `${A}${B}`). Spans only:
 * a single column on both sides is taken for the quotes of a quoted value (`"$PW"`), so
 * `a$Xb` stays unproven. Multi-line values are unproven too.
 */
export function hasLiteralBesideDollars(value: Span, dollars: DollarFact[]): boolean {
  const inside = dollars.filter((d) => within(d.span, value)).sort((a, b) => a.span.column - b.span.column);
  if (!inside.length || value.line !== value.endLine || inside.some((d) => d.span.line !== value.line || d.span.endLine !== value.line)) return false;
  let before = inside[0]!.span.column - value.column;
  let after = value.endColumn - inside[inside.length - 1]!.span.endColumn;
  if (before === 1 && after === 1) before = after = 0;
  let between = 0;
  for (let k = 1; k < inside.length; k++) between += Math.max(0, inside[k]!.span.column - inside[k - 1]!.span.endColumn);
  return before + after + between > 0;
}

/** Whether `inner` lies within `outer` (same file). */
export function within(inner: Span, outer: Span): boolean {
  if (inner.file !== outer.file) return false;
  const startsAfter = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const endsBefore = inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return startsAfter && endsBefore;
}
