import { defineRule, type Finding } from '../src/engine/rule.js';
import type { SettingInEffect } from '../src/model/clients.js';
import type { Span } from '../src/model/span.js';
import { knownText } from '../src/sources/python/py-text.js';

/**
 * RULES.md §2.6, facts §1.8, E40. Celery's `Settings.broker_url` returns
 * `os.environ.get('CELERY_BROKER_URL') or …` and `result_backend` does the same with
 * `CELERY_RESULT_BACKEND`: a non-empty variable beats `Celery(broker=…)`, `broker_url = …` and
 * `app.conf.…` alike. The client model applies a `.env` override to the Celery config of every
 * module in the `.env`'s folder or below it (what `load_dotenv()` finds and what compose
 * `env_file: .env` hands to a service built from that folder).
 */
const ROLE: Record<string, string> = { broker_url: 'broker URL', result_backend: 'result backend URL' };

export default defineRule({
  id: 'env-overrides-broker-url',
  level: 'warning',
  category: 'client',
  docs: {
    summary: '`CELERY_BROKER_URL` or `CELERY_RESULT_BACKEND` in `.env` replaces a different URL that the Celery code sets.',
    breaks:
      'Celery reads these environment variables before any setting in code (E40), so the URL written in the code is ' +
      'never used while the variable is set, without a warning: edits to the code, or to the variables the code builds its ' +
      'URL from, no longer reach the broker or the result backend. Reported only when both values are known and they ' +
      'differ, or when they agree only because the code builds the same URL from other variables of the same `.env`. ' +
      'The `.env` is taken to reach the process when it lies in the folder of the module that configures Celery or in a ' +
      'folder above it (python-dotenv\'s `load_dotenv()` search, compose `env_file: .env`). Compose `environment:` ' +
      'values are not compared yet: the model does not tell which service runs which Celery app.',
    fix: 'Keep one source of truth: drop the variable from `.env`, or let the code read it (`os.environ["CELERY_BROKER_URL"]`).',
    example: { bad: 'bad-env-differs', good: 'good-code-reads-env' },
  },
  *check(deployment) {
    const seen = new Set<string>();
    for (const config of deployment.clients.celery) {
      for (const [key, role] of Object.entries(ROLE)) {
        const setting = config.settings.get(key);
        if (!setting || setting.source !== 'env-override' || !setting.overrides) continue;
        const finding = compare(setting, setting.overrides, role);
        if (!finding) continue;
        const id = `${spanKey(finding.at)}|${finding.related?.map((r) => spanKey(r.at)).join(',')}`;
        if (seen.has(id)) continue;
        seen.add(id);
        yield finding;
      }
    }
  },
});

function compare(env: SettingInEffect, code: SettingInEffect, role: string): Finding | undefined {
  const envText = knownText(env.value);
  const codeText = knownText(code.resolved.value);
  // An empty variable does not override (`os.environ.get(…) or …`); unknown values say nothing.
  if (!envText || codeText === undefined) return undefined;
  const where = `${code.file}:${code.at.line}`;
  const name = code.source === 'app-kwarg' ? `${code.writtenAs}=` : code.writtenAs;
  const related = [{ at: code.at, message: `the ${role} the code sets (\`${name}\`), never used while ${env.writtenAs} is set` }];
  if (envText !== codeText) {
    return {
      at: env.at,
      message: `${env.writtenAs} in ${env.file} replaces the ${role} set at ${where} (\`${name}\`) with a different URL: Celery reads the environment variable first, so the code's URL is never used. Keep one of the two.`,
      related,
    };
  }
  // The same text only because the code reads other variables of this .env into its URL.
  const others = [...new Set(code.resolved.env.filter((u) => u.resolvedFrom === 'env-file' && u.name !== env.writtenAs).map((u) => u.name))];
  const asWritten = knownText(code.value);
  if (others.length === 0 || asWritten === undefined || asWritten === envText) return undefined;
  return {
    at: env.at,
    message:
      `${env.writtenAs} in ${env.file} replaces the ${role} that ${where} (\`${name}\`) builds from ${others.join(', ')}: ` +
      `both give the same URL today, but Celery reads ${env.writtenAs} first, so a change to ${others.join(' or ')} or to the code no longer reaches the ${role.replace(' URL', '')}. Keep one of the two.`,
    related,
  };
}

function spanKey(at: Span): string {
  return `${at.file}:${at.line}:${at.column}`;
}
