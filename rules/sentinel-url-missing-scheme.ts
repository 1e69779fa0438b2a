import { defineRule, type Finding } from '../src/engine/rule.js';
import type { Range, UrlProblem } from '../src/sources/client/broker-url.js';
import type { ClientUrl } from '../src/model/clients.js';
import { endpointWords, envFileUses, kombuSentinels, ordinal, sentinelUrlProblems } from '../src/model/queries/sentinel-url-problems.js';

/**
 * RULES.md §2.6, facts §1.8, E37–E39. kombu splits a `sentinel://` URL on `;` and asks only the
 * entries whose own scheme is `sentinel`; Celery's Sentinel result backend parses every entry as a
 * URL, so `localhost:26380` becomes the host `380` on port 6379.
 */
export default defineRule({
  id: 'sentinel-url-missing-scheme',
  level: 'error',
  category: 'client',
  docs: {
    summary: 'A sentinel address after a `;` in a `sentinel://` URL is written without its own `sentinel://`.',
    breaks:
      'kombu (the Celery broker) drops every `;` entry that does not start with `sentinel://` without a word and asks only ' +
      'the first sentinel: when that one is down the worker fails with `MasterNotFoundError: No master found for ' +
      "'mymaster'` while the others are up (E37, E38). Celery's Sentinel result backend parses each entry as a URL, so " +
      '`localhost:26380` becomes the host `380` on port 6379 and `sentinel2:26379` becomes `379:6379` (E39). Found in ' +
      'Python settings (literals, f-strings, values read from `.env`), `.env` entries and compose `environment:` values.',
    fix: 'Repeat the scheme before every address: `sentinel://h1:26379;sentinel://h2:26379;sentinel://h3:26379`.',
    example: { bad: 'bad-fstring-hosts', good: 'good-scheme-on-every-address' },
  },
  *check(deployment) {
    for (const site of sentinelUrlProblems(deployment.clients, ['missing-scheme'], addressRange)) {
      const { url } = site.uses[0]!;
      const chunks = [...new Set(site.uses.filter((u) => u.url === url).map((u) => u.problem.chunk ?? 0))].sort((a, b) => a - b);
      const which = chunks.length === 1 ? `The ${ordinal(chunks[0]!)} sentinel address` : `The ${chunks.map(ordinal).join(' and ')} sentinel addresses`;
      const consequences: string[] = [];
      const broker = site.uses.find((u) => u.url.role !== 'backend');
      if (broker) {
        consequences.push(
          `kombu drops ${chunks.length === 1 ? 'it' : 'them'} and asks only ${kombuSentinels(broker.url)} for the master, ` +
            'so with that sentinel down the broker fails with `MasterNotFoundError` although the others are up',
        );
      }
      const backend = site.uses.find((u) => u.url.role !== 'broker');
      if (backend) {
        const dialed = chunks
          .map((chunk) => backend.url.parsed.asCeleryBackendSees.endpoints.find((e) => e.chunk === chunk))
          .filter((e) => e !== undefined)
          .map((e) => endpointWords(backend.url, e));
        if (dialed.length) consequences.push(`Celery's result backend dials ${dialed.join(' and ')} as ${dialed.length === 1 ? 'a sentinel' : 'sentinels'} instead`);
      }
      const role = site.roles.has('backend') && site.roles.has('broker') ? ' (broker and result backend)' : '';
      const finding: Finding = {
        at: site.span,
        message: `${which}${role} ${chunks.length === 1 ? 'has' : 'have'} no \`sentinel://\` of ${chunks.length === 1 ? 'its' : 'their'} own: ${consequences.join('; ')}. Write \`sentinel://\` before every address.`,
      };
      const related = site.uses
        .flatMap((u) => envFileUses(u.url, (value) => value.includes(';')))
        .filter((r, i, all) => all.findIndex((o) => o.at.file === r.at.file && o.at.line === r.at.line) === i)
        .filter((r) => !(r.at.file === site.span.file && r.at.line === site.span.line));
      if (related.length) finding.related = related;
      yield finding;
    }
  },
});

/**
 * The address part of the chunk: up to its host or port, without a `/db` that may come from
 * elsewhere (`f'sentinel://{HOSTS}/{DB}'` maps the db to another line).
 */
function addressRange(url: ClientUrl, problem: UrlProblem): Range {
  const chunk = url.parsed.chunks[problem.chunk ?? -1];
  if (!chunk) return problem.range;
  const start = problem.range[0];
  let end = start;
  for (const field of [chunk.scheme, chunk.host, chunk.port]) {
    if (field && field.range[1] > end && field.range[0] >= start) end = field.range[1];
  }
  return end > start ? [start, Math.min(end, problem.range[1])] : problem.range;
}
