import { defineRule, type Finding } from '../src/engine/rule.js';
import type { CeleryConfig } from '../src/model/clients.js';
import type { Deployment } from '../src/model/deployment.js';
import type { Span } from '../src/model/span.js';
import { OLD_SETTING_KEYS, SETTING_KEYS, matchCase } from '../src/sources/client/celery-keys.js';

const CELERY_PREFIX = 'CELERY_';

export default defineRule({
  id: 'django-namespace-mismatch',
  level: 'warning',
  category: 'client',
  docs: {
    summary:
      "A Celery setting is written without the prefix while the app reads its settings with `namespace='CELERY'`, or with the `CELERY_` prefix while no namespace is used.",
    breaks:
      "With `app.config_from_object('django.conf:settings', namespace='CELERY')` Celery looks up `CELERY_<NAME>` in " +
      'the module and then falls back to its own default: `BROKER_TRANSPORT_OPTIONS` (or `broker_transport_options`) ' +
      'in that module is never read, so for instance the Sentinel `master_name` or the `visibility_timeout` it holds ' +
      'are silently not applied (Celery docs, "First steps with Django"; RULES.md §1.8). Without a namespace it is the ' +
      'other way round: `CELERY_BROKER_URL` or `CELERY_TASK_ACKS_LATE` are not setting names (the old names are ' +
      '`BROKER_URL`, `CELERY_ACKS_LATE`), so they are ignored too. No warning is printed in either case. The rule only ' +
      'fires when the namespace is known from the app (`Celery(...)` / `config_from_object` in the repository) and the ' +
      'name is a Celery setting.',
    fix:
      "Keep one convention: with `namespace='CELERY'`, prefix every Celery setting (`CELERY_BROKER_TRANSPORT_OPTIONS`); " +
      "without it, drop the prefix or add `namespace='CELERY'` to `config_from_object`.",
    example: { bad: 'bad-django-unprefixed-transport-options', good: 'good-django-prefixed' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      if (config.kind !== 'app') continue;
      if (config.namespace) yield* unprefixed(config);
      else if (noNamespace(deployment, config)) yield* prefixedWithout(deployment, config);
    }
  },
});

/** With a namespace: module names without the prefix are never looked up. */
function* unprefixed(config: CeleryConfig): Iterable<Finding> {
  const namespace = config.namespace!;
  const prefix = namespace.replace(/_+$/, '') + '_';
  const namespaced = new Set(config.written.filter((w) => w.style === 'namespaced').map((w) => w.key));
  for (const w of config.written) {
    if (!w.ignored || w.style === 'namespaced' || !SETTING_KEYS.has(w.key) || namespaced.has(w.key)) continue;
    const wanted = matchCase(prefix + w.key, prefix);
    yield {
      at: w.at,
      message:
        `${w.writtenAs} is ignored: ${config.file} reads its settings with namespace='${namespace}', so only ` +
        `${prefix}-prefixed names count and ${w.key} keeps Celery's default. Rename it to ${wanted}.`,
      related: config.configModule ? [{ at: config.configModule.at, message: `the app reads ${config.configModule.file} with namespace='${namespace}' here` }] : [],
    };
  }
}

/** No namespace anywhere: not given to `Celery(...)`, nor to the `config_from_object` call that is in effect. */
function noNamespace(deployment: Deployment, config: CeleryConfig): boolean {
  const app = config.app;
  if (!app || app.spread.length > 0) return false;
  const given = (value: { kind: string } | undefined) => value !== undefined && value.kind !== 'none';
  if (given(app.kwargs.find((k) => k.name === 'namespace')?.value)) return false;
  // Any config_from_object of the file with a namespace (even another app's) keeps the rule silent.
  const facts = deployment.clients.python.find((p) => p.file === config.file);
  if (!facts) return false;
  return !facts.configFromObject.some((c) => given(c.namespace) || c.kwargs.some((k) => k.name === 'namespace'));
}

/** Without a namespace: `CELERY_<NAME>` is a setting only when it is an old name. */
function* prefixedWithout(deployment: Deployment, config: CeleryConfig): Iterable<Finding> {
  const names: { name: string; at: Span; file: string }[] = [];
  for (const w of config.written) if (w.source !== 'config-module') names.push({ name: w.writtenAs, at: w.at, file: w.file });
  const module = config.configModule;
  if (module) {
    const facts = deployment.clients.python.find((p) => p.file === module.file);
    const colon = module.object.lastIndexOf(':');
    const className = module.object === 'django.conf:settings' || colon < 0 ? undefined : module.object.slice(colon + 1);
    const assignments = className ? facts?.classes.filter((c) => c.name === className).at(-1)?.assignments : facts?.assignments;
    for (const a of assignments ?? []) names.push({ name: a.name, at: a.nameSpan, file: module.file });
  }
  const seen = new Set<string>();
  for (const { name, at, file } of names) {
    const key = meantKey(name);
    if (!key || seen.has(`${file}\0${name}`)) continue;
    seen.add(`${file}\0${name}`);
    yield {
      at,
      message:
        `${name} is ignored: ${config.file} reads its settings without namespace='CELERY', and ${name} is not a ` +
        `Celery setting name, so ${key} keeps its default. Add namespace='CELERY' to config_from_object (the Django ` +
        `convention)${module?.object === 'django.conf:settings' && file === module.file ? '' : `, or name it ${key}`}.`,
      related: module ? [{ at: module.at, message: `the app reads ${module.file} here, with no namespace` }] : [],
    };
  }
}

/** `CELERY_BROKER_URL` → `broker_url`: a prefixed name that only a namespace would make a setting. */
function meantKey(name: string): string | undefined {
  if (!name.startsWith(CELERY_PREFIX) || name !== name.toUpperCase() || OLD_SETTING_KEYS.has(name)) return undefined;
  const key = name.slice(CELERY_PREFIX.length).toLowerCase();
  return SETTING_KEYS.has(key) ? key : undefined;
}
