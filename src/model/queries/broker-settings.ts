import type { Server } from '../deployment.js';
import type { ConfDirective } from '../facts.js';
import type { Span } from '../span.js';
import { isUnknownArg } from './access-unknown.js';
import { settingInEffect } from './setting-in-effect.js';
import { hasTemplatedSetting } from './template-markers.js';

/** The settings that decide how long a broker keeps its queues (RULES.md §2.5). */
export const DURABILITY_DIRECTIVES = ['appendonly', 'save', 'maxmemory', 'maxmemory-policy'] as const;

/**
 * Whether what a data node does with these settings can be read: not when a template
 * placeholder, a compose value known only at run time, a line the server would refuse (its
 * value may be filled in before use) or a `--${NAME} value` line whose directive is not known
 * could set one of them. An unread `include` is handled where each setting is read.
 */
export function durabilityKnown(node: Server, names: readonly string[] = DURABILITY_DIRECTIVES): boolean {
  if (hasTemplatedSetting(node.conf, names)) return false;
  if (node.process && (node.process.configUnknown || node.process.unknownLines.length > 0)) return false;
  return !node.directives.some((d) => names.includes(d.name) && (!d.valid || d.args.some((a) => isUnknownArg(node, a))));
}

/**
 * The line that decides a single-value setting of a broker node, or none (the compiled-in
 * default applies); `known: false` when it cannot be told.
 */
export function brokerSetting(node: Server, name: string): { known: true; directive?: ConfDirective } | { known: false } {
  if (!durabilityKnown(node, [name])) return { known: false };
  return settingInEffect(node, name);
}

/**
 * Where a finding about a default goes when no line sets it: the program word of the compose
 * command that starts the server (where a `--flag` belongs), else where the node is declared.
 */
export function defaultSettingAt(node: Server): Span {
  return node.process && node.process.startedBy !== 'image' ? node.process.span : node.declaredAt;
}

/** Whether a fix belongs on the compose command line: the node runs from compose and the line (if any) is one of its flags. */
export function flagHere(node: Server, line: Span | undefined): boolean {
  if (!node.process) return false;
  return line === undefined ? !node.mounted : line.file === node.process.span.file;
}
