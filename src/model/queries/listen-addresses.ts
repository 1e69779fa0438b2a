import type { ConfDirective } from '../facts.js';
import type { Span } from '../span.js';
import type { ConfNode } from './conf-node.js';

/** One address of a `bind` line. */
export interface BindAddress {
  /** Without the leading `-`. */
  address: string;
  /** Written with a leading `-`: a missing address is only logged (RULES.md §1.3, E34). */
  optional: boolean;
  span: Span;
}

/** Where a node listens for TCP clients. */
export interface Listening {
  /** The `bind` line in effect; absent when the compiled default `* -::*` applies. */
  bind?: ConfDirective;
  addresses: BindAddress[];
}

/**
 * The addresses a node listens on: its last `bind` line (later lines replace earlier ones), else
 * the compiled default `* -::*` (server.c CONFIG_DEFAULT_BINDADDR), which Sentinel shares (RULES.md
 * §1.7). Undefined when it has no TCP listener: `port 0`, or `bind ""`.
 */
export function listeningOf(node: ConfNode): Listening | undefined {
  if (node.port.known && node.port.value === 0) return undefined;
  const bind = node.setting('bind');
  if (!bind) {
    const at = node.declaredAt;
    return { addresses: [{ address: '*', optional: false, span: at }, { address: '::*', optional: true, span: at }] };
  }
  // A multi-argument config given one argument splits it again: `bind "127.0.0.1 ::1"` (config.c).
  const words = bind.args.length === 1
    ? bind.args[0]!.text.split(/\s+/).filter((w) => w !== '').map((w) => ({ w, span: bind.args[0]!.span }))
    : bind.args.map((a) => ({ w: a.text, span: a.span }));
  if (words.length === 0) return undefined;
  return {
    bind,
    addresses: words.map(({ w, span }) => ({ address: w.replace(/^-/, ''), optional: w.startsWith('-'), span })),
  };
}

/** Every interface: `*` and `::*` are anet.c's wildcards, `0.0.0.0` and `::` the usual spellings. */
export function isWildcardAddress(address: string): boolean {
  return address === '*' || address === '::*' || address === '0.0.0.0' || address === '::';
}

/** Reachable from this machine only. Linux puts all of 127.0.0.0/8 on `lo`. */
export function isLoopbackAddress(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || address.toLowerCase() === 'localhost';
}

/** The addresses other machines can connect to: all but loopback ones. */
export function networkAddresses(listening: Listening): BindAddress[] {
  return listening.addresses.filter((a) => !isLoopbackAddress(a.address));
}

/** How a message names what the node listens on: "listens on …". */
export function describeBind(listening: Listening): string {
  return listening.bind
    ? `${listening.addresses.map((a) => (a.optional ? '-' : '') + a.address).join(' ')} (its bind line)`
    : 'all interfaces (there is no bind line, and the default is * -::*)';
}
