import type { ComposeValues } from './compose-value.js';
import type { ImageFact, ImageVersion } from './facts.js';

/** Repository names (last path part) of images that run Redis or Valkey. */
const PRODUCTS: Record<string, 'redis' | 'valkey'> = {
  redis: 'redis',
  'redis-sentinel': 'redis',
  'redis-stack': 'redis',
  'redis-stack-server': 'redis',
  valkey: 'valkey',
  'valkey-sentinel': 'valkey',
};

/**
 * `image:` read as a Docker reference `[registry/]path[:tag][@digest]`: which product and
 * version it runs (DESIGN.md "Versions": a tag wins over the settings for its service), and which
 * image family, since that decides what its entrypoint does with `command:`.
 */
export function readImage(values: ComposeValues, node: unknown): ImageFact | undefined {
  const text = values.string(node);
  if (!text) return undefined;
  const span = text.span;
  if (!text.known) return { text, span, family: 'other', version: { kind: 'unknown', why: text.why } };
  const reference = parseReference(text.value);
  const name = reference.path.slice(reference.path.lastIndexOf('/') + 1);
  const product = PRODUCTS[name];
  const fact: ImageFact = { text, span, repository: reference.path, family: familyOf(reference.path), version: versionOf(reference) };
  if (reference.tag !== undefined) fact.tag = reference.tag;
  if (product) fact.product = product;
  return fact;
}

interface Reference {
  path: string;
  tag?: string;
  digest?: string;
}

function parseReference(text: string): Reference {
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const parts = rest.split('/');
  // A first part with a dot or a port, or `localhost`, is a registry (Docker's own rule).
  if (parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === 'localhost')) parts.shift();
  const last = parts[parts.length - 1] ?? '';
  const colon = last.lastIndexOf(':');
  let tag: string | undefined;
  if (colon !== -1) {
    tag = last.slice(colon + 1);
    parts[parts.length - 1] = last.slice(0, colon);
  }
  let path = parts.join('/');
  if (path.startsWith('library/')) path = path.slice('library/'.length);
  return { path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

function familyOf(path: string): ImageFact['family'] {
  if (path === 'redis' || path === 'valkey/valkey') return 'official';
  if (path.startsWith('bitnami/')) return 'bitnami';
  if (path.startsWith('redis/redis-stack')) return 'redis-stack';
  return 'other';
}

function versionOf(reference: Reference): ImageVersion {
  const { tag } = reference;
  if (tag === undefined && reference.digest) return { kind: 'unknown', why: 'the image is pinned by digest, without a tag' };
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?=$|[-_+.a-z])/.exec(tag ?? '');
  if (!match) return { kind: 'floating' }; // latest, alpine, bookworm, no tag
  const major = Number(match[1]);
  if (match[2] === undefined) return { kind: 'floating', major };
  const version: ImageVersion = { kind: 'exact', major, minor: Number(match[2]) };
  if (match[3] !== undefined) version.patch = Number(match[3]);
  return version;
}
