import type { FlaskConfigFact, PyDict, PyValue } from '../python/facts.js';
import { knownText } from '../python/py-text.js';
import { isUpper } from './celery-keys.js';
import { bind, type PythonInput, type PythonRepo, type SettingsObject } from './settings-module.js';

/**
 * The Flask config a Celery app reads (`celery.conf.update(app.config)`, `config_from_object(app.config
 * ['CELERY'])`, `Celery(broker=app.config['CELERY_BROKER_URL'])`), joined from the Flask statements
 * of every module of the repository in file order: `app.config['K'] = v`, `update(...)`,
 * `from_mapping(...)`, `from_object(...)` (flask/config.py: `from_object` copies the upper-case
 * attributes only; `from_mapping` and `update` take every key). The repository is taken to hold
 * one Flask app, the usual factory layout: the statements are read whichever name the app has.
 */
export function repoFlaskConfig(repo: PythonRepo): SettingsObject | undefined {
  const facts = repo.modules.filter((m) => m.facts.flask.some((f) => f.kind !== 'to-celery'));
  if (facts.length === 0) return undefined;
  const first = facts[0]!;
  const object: SettingsObject = { file: first.facts.file, rootPath: first.rootPath, object: 'app.config', names: new Map(), why: [] };
  for (const mod of facts) for (const fact of mod.facts.flask) apply(object, fact, mod, repo);
  return object;
}

function apply(object: SettingsObject, fact: FlaskConfigFact, mod: PythonInput, repo: PythonRepo): void {
  const where = `line ${fact.span.line} of ${mod.facts.file}`;
  const add = (name: string, value: PyValue, nameSpan: PyValue['span'], conditional: boolean) =>
    bind(object, { name, value, nameSpan, file: mod.facts.file, rootPath: mod.rootPath, conditional });
  switch (fact.kind) {
    case 'item':
      return add(fact.key, fact.value, fact.keySpan, fact.conditional);
    case 'update':
    case 'from-mapping':
      if (fact.source.kind !== 'dict') {
        object.why.push(fact.source.kind === 'unknown' ? `${fact.source.why} (${where})` : `the Flask config takes keys that cannot be listed at ${where}`);
        return;
      }
      for (const entry of fact.source.entries) {
        const key = knownText(entry.key);
        if (key !== undefined) add(key, entry.value, entry.key.span, fact.conditional);
      }
      if (fact.source.opaque.length) object.why.push(`the Flask config takes keys that cannot be listed at ${where}`);
      return;
    case 'from-object': {
      const found = flaskObject(fact.object, fact.objectName, mod, repo);
      if (!found) {
        object.why.push(`the object app.config.from_object() reads at ${where} was not found in the repository`);
        return;
      }
      object.why.push(...found.why);
      for (const name of found.names.values()) if (isUpper(name.name)) bind(object, { ...name, conditional: name.conditional || fact.conditional });
      return;
    }
    default:
      return;
  }
}

/** `from_object('pkg.config.Config')`, `from_object('settings')`, `from_object(Config)`, `from_object(config.Prod)`. */
function flaskObject(object: PyValue, objectName: string | undefined, mod: PythonInput, repo: PythonRepo): SettingsObject | undefined {
  const text = knownText(object);
  const dotted = text ?? objectName;
  if (dotted === undefined) return undefined;
  if (text === undefined) {
    // A name: a class of this module, or imported (`from .config import Config`, `import config` + `config.Prod`).
    const [head, ...rest] = dotted.split('.');
    if (rest.length === 0) {
      const own = repo.classObject(mod, head!);
      if (own) return own;
    }
    const imported = mod.facts.imports.find((i) => i.names.includes(head!));
    const plain = mod.facts.imports.find((i) => i.names.length === 0 && i.module.split('.')[0] === head);
    const path = imported ? `${imported.module}${imported.module.endsWith('.') ? '' : '.'}${dotted}` : plain ? dotted : undefined;
    return path === undefined ? undefined : byImportString(path, mod, repo);
  }
  return byImportString(text, mod, repo);
}

/** werkzeug `import_string`: a module, or `module.attribute` (also written `module:attribute`). */
function byImportString(path: string, mod: PythonInput, repo: PythonRepo): SettingsObject | undefined {
  const normal = path.replace(':', '.');
  const found = repo.find(normal, mod.rootPath);
  if (found) return repo.moduleObject(found, normal);
  const dot = normal.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const parent = repo.find(normal.slice(0, dot), mod.rootPath);
  return parent ? repo.classObject(parent, normal.slice(dot + 1)) : undefined;
}

/** A dict of settings (`app.config['CELERY']`) as the object `config_from_object` reads. */
export function dictObject(dict: PyDict, label: string, from: { file: string; rootPath: string; conditional: boolean }): SettingsObject {
  const object: SettingsObject = { file: from.file, rootPath: from.rootPath, object: label, names: new Map(), why: [] };
  for (const entry of dict.entries) {
    const key = knownText(entry.key);
    if (key !== undefined) bind(object, { name: key, value: entry.value, nameSpan: entry.key.span, file: entry.key.span.file, rootPath: from.rootPath, conditional: from.conditional });
  }
  if (dict.opaque.length) object.why.push(`${label} holds keys that cannot be listed`);
  return object;
}
