// The synthetic monorepos: N files in service folders of five (compose file, redis.conf,
// sentinel.conf, Celery settings, .env), nested two to four folders deep. Compose and conf files are
// real ones from the shared corpus (as the acceptance check draws them), Python and half the .env
// files come from templates; the seed decides which file, which name and which nesting each service
// gets. A repository is written once into the cache and reused: its folder name holds everything
// that changes its content (generator version, seed, size, the corpus file list).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { celerySettings, envFile } from './templates.mjs';

/** Bump when what the generator writes changes: old caches are then ignored, not reused. */
export const GENERATOR = 'gen2';

const COMPOSE_NAMES = ['docker-compose.yml', 'compose.yaml', 'docker-compose.prod.yml', 'deploy/redis-compose.yml'];
const REDIS_NAMES = ['redis/redis.conf', 'config/redis-6379.conf', 'redis.conf'];
const SENTINEL_NAMES = ['sentinel/sentinel.conf', 'config/sentinel-26379.conf', 'sentinel.conf'];
const PYTHON_NAMES = ['app/celeryconfig.py', 'settings/celery.py', 'src/settings.py'];
const ENV_NAMES = ['.env', '.env.production', 'config/redis.env'];
const TOPS = ['apps', 'services', 'platform', 'libs'];

/** The corpus files the generator draws from, by kind, sorted by name (so the seed alone decides). */
export function readCorpus(corpusDir) {
  const pick = (kind, keep) =>
    readdirSync(join(corpusDir, kind))
      .filter(keep)
      .sort()
      .map((name) => ({ name, text: readFileSync(join(corpusDir, kind, name), 'utf8') }));
  const corpus = {
    compose: pick('compose', () => true),
    redis: pick('redis-conf', (n) => n.endsWith('.conf')),
    sentinel: pick('sentinel-conf', (n) => n.endsWith('.conf')),
    env: pick('env', (n) => n.endsWith('.env')),
  };
  for (const [kind, files] of Object.entries(corpus)) {
    if (files.length === 0) throw new Error(`no ${kind} files in ${corpusDir}`);
  }
  return corpus;
}

/** A short hash of the corpus contents: a changed corpus means regenerated repositories. */
export function corpusKey(corpus) {
  const hash = createHash('sha256');
  for (const files of Object.values(corpus)) for (const f of files) hash.update(f.name).update('\0').update(f.text);
  return hash.digest('hex').slice(0, 8);
}

/**
 * The folder of the N-file repository for this seed, written first when the cache lacks it.
 * Returns { dir, files, generated } (files: how many files it holds).
 */
export function ensureRepo({ cacheDir, corpus, seed, size }) {
  const dir = join(cacheDir, `${GENERATOR}-seed${seed}-${corpusKey(corpus)}`, `repo-${size}`);
  if (existsSync(dir)) return { dir, files: size, generated: false };
  const part = `${dir}.part-${process.pid}`;
  rmSync(part, { recursive: true, force: true });
  for (const [path, text] of repoFiles(corpus, seed, size)) {
    const file = join(part, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  // A folder appears whole or not at all: an interrupted run leaves only a .part to overwrite.
  try {
    renameSync(part, dir);
  } catch (error) {
    if (!existsSync(dir)) throw error;
    rmSync(part, { recursive: true, force: true }); // another bench wrote it meanwhile
  }
  return { dir, files: size, generated: true };
}

/** [path, text] for each of the `size` files, deterministic in (corpus, seed, size). */
export function* repoFiles(corpus, seed, size) {
  for (let svc = 0; svc * 5 < size; svc++) {
    const pick = seeded(seed, svc);
    const folder = serviceFolder(svc, pick);
    const stamp = `\n# svc ${svc}\n`; // no two services' files are byte-identical
    const files = [
      [COMPOSE_NAMES[pick(COMPOSE_NAMES.length)], oneOf(corpus.compose, pick).text + stamp],
      [REDIS_NAMES[pick(REDIS_NAMES.length)], oneOf(corpus.redis, pick).text + stamp],
      [SENTINEL_NAMES[pick(SENTINEL_NAMES.length)], oneOf(corpus.sentinel, pick).text + stamp],
      [PYTHON_NAMES[pick(PYTHON_NAMES.length)], celerySettings(svc, pick)],
      [ENV_NAMES[pick(ENV_NAMES.length)], pick(2) ? envFile(svc, pick) : oneOf(corpus.env, pick).text],
    ];
    for (const [name, text] of files.slice(0, size - svc * 5)) yield [`${folder}/${name}`, text];
  }
}

function serviceFolder(svc, pick) {
  const top = TOPS[pick(TOPS.length)];
  const team = `team-${String(pick(12)).padStart(2, '0')}`;
  const group = pick(3) === 0 ? `/group-${pick(4)}` : ''; // a third of the services one level deeper
  return `${top}/${team}${group}/svc-${String(svc).padStart(5, '0')}`;
}

function oneOf(files, pick) {
  return files[pick(files.length)];
}

/** pick(n) → an integer in [0, n), from a small PRNG (mulberry32) seeded by (seed, service). */
function seeded(seed, svc) {
  let state = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(svc + 1, 0x85ebca6b)) >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

