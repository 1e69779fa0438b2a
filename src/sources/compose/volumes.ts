import { posix } from 'node:path';
import type { Span } from '../../model/span.js';
import { known, type Value } from '../../model/value.js';
import { sourceRange } from './mapped-text.js';
import type { ComposeValues } from './compose-value.js';
import type { ResolvedPath, VolumeFact } from './facts.js';

/**
 * `volumes:` of a service. Short syntax `[SOURCE:]TARGET[:MODE]`: a source that starts with `.`,
 * `/` or `~` is a host path (a bind mount), any other is a named volume, none is an anonymous
 * volume. Long syntax names its `type`. A relative host path is relative to the compose file's
 * folder (compose-spec "Volumes"), so it is resolved to a project path here.
 */
export function readVolumes(values: ComposeValues, node: unknown, composeRootPath: string): VolumeFact[] {
  const { tree } = values;
  const volumes: VolumeFact[] = [];
  for (const item of tree.seq(node) ?? []) {
    const span = values.span(item);
    if (tree.map(item)) {
      const type = values.string(tree.get(item, 'type'));
      const source = values.string(tree.get(item, 'source'));
      const target = values.string(tree.get(item, 'target')) ?? known('', span);
      const readOnly = values.string(tree.get(item, 'read_only'));
      const kind = type?.known && ['bind', 'volume', 'tmpfs'].includes(type.value) ? (type.value as VolumeFact['type']) : 'other';
      const fact: VolumeFact = { span, type: kind, target, readOnly: readOnly?.known === true && readOnly.value === 'true' };
      if (source) fact.source = source;
      if (kind === 'bind' && source) fact.hostPath = resolvePath(source, composeRootPath);
      volumes.push(fact);
      continue;
    }
    const text = values.string(item);
    if (!text) continue;
    if (!text.known) {
      volumes.push({ span, type: 'other', target: text, readOnly: false });
      continue;
    }
    const mapped = values.mapped(item)!;
    const spanOf = (start: number, end: number) => values.index.span(...sourceRange(mapped, start, end));
    volumes.push(shortVolume(text.value, span, spanOf, composeRootPath));
  }
  return volumes;
}

function shortVolume(text: string, span: Span, spanOf: (start: number, end: number) => Span, composeRootPath: string): VolumeFact {
  const parts = text.split(':');
  // A Windows drive letter (`C:\data:/data`) is part of the source.
  if (parts.length > 2 && /^[A-Za-z]$/.test(parts[0]!) && /^[\\/]/.test(parts[1]!)) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  if (parts.length === 1) return { span, type: 'volume', target: known(parts[0]!, span), readOnly: false };
  const [source, target, mode = ''] = parts as [string, string, string?];
  const options = mode.split(',');
  const bind = /^[./~]/.test(source) || /^[A-Za-z]:[\\/]/.test(source);
  const sourceValue = known(source, spanOf(0, source.length));
  const targetStart = source.length + 1;
  const fact: VolumeFact = {
    span, type: bind ? 'bind' : 'volume', source: sourceValue,
    target: known(target, spanOf(targetStart, targetStart + target.length)), readOnly: options.includes('ro'),
  };
  if (bind) fact.hostPath = resolvePath(sourceValue, composeRootPath);
  return fact;
}

/** A host path relative to the compose file's folder, as a root-relative project path when it is one. */
export function resolvePath(text: Value<string>, composeRootPath: string): ResolvedPath {
  if (!text.known) return { text };
  const path = text.value;
  if (path.startsWith('/') || path.startsWith('~') || /^[A-Za-z]:[\\/]/.test(path)) return { text };
  const joined = posix.normalize(posix.join(posix.dirname(composeRootPath), path));
  if (joined === '..' || joined.startsWith('../')) return { text, outsideRoot: true };
  return { text, rootPath: joined === '.' ? '' : joined.replace(/\/$/, '') };
}
