import type { Sentinel, Server } from '../deployment.js';
import type { ConfDirective } from '../facts.js';

/** A data node or a Sentinel: both read their generic directives (redis.conf grammar) the same way. */
export type ConfNode = Pick<Server | Sentinel, 'name' | 'conf' | 'setting' | 'declaredAt'>;

/** The line that decides a setting at start-up; no line means the compiled-in default applies. */
export type SettingInEffect = { known: true; directive?: ConfDirective } | { known: false };

/**
 * The last valid line of a single-value directive, as the server applies it ("last wins"), or
 * none. An `include` whose file was not read could set it too: then the answer is only known
 * when a line of the node's own file after that include decides it.
 */
export function settingInEffect(node: ConfNode, name: string): SettingInEffect {
  const directive = node.setting(name);
  const unread = node.conf.includes.filter((i) => !i.resolved).map((i) => i.path.span.line);
  if (unread.length === 0) return { known: true, directive };
  const ownLineAfterUnread = directive?.span.file === node.conf.file && directive.span.line > Math.max(...unread);
  return ownLineAfterUnread ? { known: true, directive } : { known: false };
}

/**
 * Every valid line of a directive that may repeat (`user`, `rename-command`). The model keeps
 * only the last line of each directive across includes, so a node with any `include` is unknown.
 */
export function repeatedSetting(node: ConfNode, name: string): ConfDirective[] | undefined {
  if (node.conf.includes.length > 0) return undefined;
  return node.conf.directives.filter((d) => d.valid && d.name === name);
}

/** The value of a yes/no setting, with the compiled default when no line sets it; undefined when unknown. */
export function yesNoInEffect(node: ConfNode, name: string, fallback: boolean): { value: boolean; directive?: ConfDirective } | undefined {
  const setting = settingInEffect(node, name);
  if (!setting.known) return undefined;
  const text = setting.directive?.args[0]?.text.toLowerCase();
  return { value: text === undefined ? fallback : text === 'yes', directive: setting.directive };
}
