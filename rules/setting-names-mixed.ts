import { defineRule } from '../src/engine/rule.js';
import type { CeleryConfig, WrittenSetting } from '../src/model/clients.js';
import { SETTING_KEYS, newKeyToOld, oldKeyToNew } from '../src/sources/client/celery-keys.js';

/** How many names of each kind a finding lists in `related`. */
const LISTED = 5;

export default defineRule({
  id: 'setting-names-mixed',
  level: 'error',
  category: 'client',
  docs: {
    summary: 'A Celery config mixes old upper-case setting names (`BROKER_URL`, `CELERYD_PREFETCH_MULTIPLIER`) with new lower-case ones (`broker_url`).',
    breaks:
      'When the app first reads its settings, `detect_settings` (celery/app/utils.py) decides from the majority of the ' +
      'names which style the module uses, and raises `ImproperlyConfigured: Cannot mix new and old setting keys, please ' +
      'rename the following settings to the new format` (or "Cannot mix new setting names with old setting names" when ' +
      'the old names win) for every name of the other style whose counterpart is not also set. The worker and every ' +
      'producer fail at start (RULES.md §1.8, celery `E_MIX_OLD_INTO_NEW`). The rule reads the module `config_from_object` ' +
      'loads, or the `app.conf` settings when there is none; a namespace (`namespace=\'CELERY\'`) makes Celery read new ' +
      'names only, so it never fires there; a setting inside `if`/`try`, or settings that cannot be listed, keep it silent.',
    fix: 'Rename every setting to the new lower-case names (`BROKER_URL` → `broker_url`, `CELERYD_PREFETCH_MULTIPLIER` → `worker_prefetch_multiplier`); `celery upgrade settings <module>` does it.',
    example: { bad: 'bad-old-name-among-new', good: 'good-all-new-names' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      // Settings nobody can list could change the majority or supply a missing counterpart.
      if (config.kind !== 'app' || config.mixed.length === 0 || !config.complete) continue;
      const pool = detectedLines(config);
      // A line that may not run could change the majority or supply the missing counterpart.
      if (pool.some((w) => w.conditional)) continue;
      const mixed = [...config.mixed].sort(byPosition);
      const first = mixed[0]!;
      const toNew = config.keyStyle === 'new';
      const winners = pool.filter((w) => w.style === config.keyStyle && (w.style === 'old' || SETTING_KEYS.has(w.writtenAs))).sort(byPosition);
      const rename = (w: WrittenSetting) => (toNew ? oldKeyToNew(w.writtenAs) : newKeyToOld(w.writtenAs));
      const others = mixed.length > 1 ? ` (and ${mixed.length - 1} more)` : '';
      yield {
        at: first.at,
        message: toNew
          ? `${first.writtenAs} is an old setting name among new lower-case ones: Celery refuses the config on first use with ` +
            `"ImproperlyConfigured: Cannot mix new and old setting keys, please rename the following settings to the new ` +
            `format: ${first.writtenAs} -> ${rename(first)}". Rename it${others} to the new name.`
          : `${first.writtenAs} is a new setting name among mostly old upper-case ones: Celery refuses the config on first ` +
            `use with "ImproperlyConfigured: Cannot mix new setting names with old setting names". Rename all settings ` +
            `to the new lower-case names (${rename(first)} is the old form of this one).`,
        related: [
          ...mixed.slice(1, 1 + LISTED).map((w) => ({ at: w.at, message: `${w.writtenAs} is also refused (${toNew ? 'new' : 'old'} name: ${rename(w)})` })),
          ...winners.slice(0, LISTED).map((w) => ({ at: w.at, message: `${w.writtenAs} is a${toNew ? ' new lower-case' : 'n old upper-case'} name` })),
        ],
      };
    }
  },
});

/** The lines `detect_settings` reads: the config module's, or `app.conf`/`changes=` when there is no module. */
function detectedLines(config: CeleryConfig): WrittenSetting[] {
  if (config.configModule) return config.written.filter((w) => w.source === 'config-module' && w.style !== 'namespaced');
  const changes = config.app?.kwargs.find((k) => k.name === 'changes')?.value.span;
  return config.written.filter((w) => w.source === 'conf' || (w.source === 'app-kwarg' && changes !== undefined && within(w.at, changes)));
}

function within(at: { line: number; column: number }, span: { line: number; column: number; endLine: number; endColumn: number }): boolean {
  const after = at.line > span.line || (at.line === span.line && at.column >= span.column);
  const before = at.line < span.endLine || (at.line === span.endLine && at.column <= span.endColumn);
  return after && before;
}

function byPosition(a: WrittenSetting, b: WrittenSetting): number {
  return a.file === b.file ? a.at.line - b.at.line || a.at.column - b.at.column : a.file < b.file ? -1 : 1;
}
