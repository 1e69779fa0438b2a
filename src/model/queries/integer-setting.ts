import type { Span } from '../span.js';
import { settingInEffect, type ConfNode } from './setting-in-effect.js';

/** A setting read as a plain integer: unset (the default applies), set, or unknown. */
export type IntegerSetting = { known: false } | { known: true; set: false } | { known: true; set: true; value: number; span: Span };

/**
 * A node's integer setting from the line that decides it (the server's "last line wins"), with
 * that argument's span. Unknown when an include that was not read may set it, or when the value
 * is not a plain decimal integer.
 */
export function integerSetting(node: ConfNode, name: string): IntegerSetting {
  const setting = settingInEffect(node, name);
  if (!setting.known) return { known: false };
  const arg = setting.directive?.args[0];
  if (!arg) return { known: true, set: false };
  return /^\d+$/.test(arg.text) ? { known: true, set: true, value: Number(arg.text), span: arg.span } : { known: false };
}
