import { defineRule, type Finding } from '../src/engine/rule.js';
import type { LibraryError, Range, UrlProblem } from '../src/sources/client/broker-url.js';
import type { ClientUrl } from '../src/model/clients.js';
import { sentinelUrlProblems } from '../src/model/queries/sentinel-url-problems.js';

/**
 * RULES.md §2.6, facts §1.8, E39. kombu and Celery split a `sentinel://` URL on `;` only: a `,`
 * leaves two addresses in one, and an empty entry (a trailing `;`) is a URL of its own to
 * Celery's result backend, which fills in `localhost:6379`.
 */
export default defineRule({
  id: 'sentinel-url-separator',
  level: 'error',
  category: 'client',
  docs: {
    summary: 'Sentinel addresses in a `sentinel://` URL separated by `,`, or a URL that ends with `;` (or holds `;;`).',
    breaks:
      'A `,` is not a separator: `sentinel://h1:26379,sentinel://h2:26379` is read as one address whose port is ' +
      '`26379,sentinel:`, and the app fails at start with `ValueError: Port could not be cast to integer value as …` ' +
      '(E39; the error quotes the URL, password included). A trailing `;` is harmless to kombu, but Celery\'s Sentinel ' +
      'result backend parses the empty entry as a URL and adds `localhost:6379` to the sentinels it asks (E39). The ' +
      'trailing `;` is reported only where the URL is a result backend.',
    fix: 'Separate the addresses with `;` and repeat `sentinel://` before each; drop the `;` at the end.',
    example: { bad: 'bad-comma-separated', good: 'good-semicolon-separated' },
  },
  *check(deployment) {
    for (const site of sentinelUrlProblems(deployment.clients, ['comma-separator'])) {
      const { url, problem } = site.uses[0]!;
      const error = parseError(url, problem);
      const effect = error
        ? `so the URL does not parse: \`${error.type}: ${error.message.replace('{}', '…')}\`${error.when === 'connect' ? ' when the client connects' : ' when the app starts'}`
        : 'so the text around it is read as one address with a bogus host or port';
      yield {
        at: site.span,
        message: `Sentinel addresses are separated by \`,\`: kombu and Celery split on \`;\` only, ${effect}. Use \`;\` with \`sentinel://\` before every address.`,
      };
    }
    for (const site of sentinelUrlProblems(deployment.clients, ['trailing-separator', 'empty-chunk'], semicolonRange)) {
      const backend = site.uses.find((u) => u.url.role === 'backend');
      if (!backend) continue; // kombu skips the empty entry: only the result backend dials it
      const dials = backend.url.parsed.asCeleryBackendSees.endpoints.find((e) => e.chunk === backend.problem.chunk);
      if (!dials || !dials.host.known || !dials.port.known) continue;
      const what = site.kind === 'trailing-separator' ? 'The result backend URL ends with `;`' : 'The result backend URL holds two `;` in a row';
      const finding: Finding = {
        at: site.span,
        message: `${what}: Celery's Sentinel result backend reads the empty entry as an address and adds ${dials.host.value ?? 'the local machine'}:${dials.port.value} to the sentinels it asks. Remove the extra \`;\`.`,
      };
      yield finding;
    }
  },
});

/** What kombu or the backend raises on the chunk with the comma (the port it cannot cast). */
function parseError(url: ClientUrl, problem: UrlProblem): LibraryError | undefined {
  const views = url.role === 'backend' ? [url.parsed.asCeleryBackendSees, url.parsed.asKombuSees] : [url.parsed.asKombuSees, url.parsed.asCeleryBackendSees];
  for (const view of views) {
    const error = view.errors.find((e) => e.chunk === problem.chunk && e.type === 'ValueError');
    if (error) return error;
  }
  return undefined;
}

/** The `;` before the empty entry when the file holds it there; else the entry's own (empty) place. */
function semicolonRange(url: ClientUrl, problem: UrlProblem): Range {
  const at = problem.range[0];
  return url.index.text[at - 1] === ';' ? [at - 1, at] : problem.range;
}
