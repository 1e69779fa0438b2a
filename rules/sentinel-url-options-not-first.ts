import { defineRule } from '../src/engine/rule.js';
import type { ClientView, UrlChunk, UrlProblem } from '../src/sources/client/broker-url.js';
import type { ClientUrl } from '../src/model/clients.js';
import { ordinal, sentinelUrlProblems } from '../src/model/queries/sentinel-url-problems.js';

/**
 * RULES.md §2.6, facts §1.8, E37. kombu parses only the first `;` entry for user, password and db
 * (`Connection.__init__`: `hostname = alt[0]`); Celery's Sentinel result backend also takes them
 * from the first entry. What a later entry says is dropped without a word.
 */
export default defineRule({
  id: 'sentinel-url-options-not-first',
  level: 'warning',
  category: 'client',
  docs: {
    summary: 'A db, user or password written on a later address of a `sentinel://` URL, not (or differently) on the first.',
    breaks:
      'kombu and Celery\'s Sentinel result backend read the db, user and password from the first address only (E37): ' +
      '`sentinel://h1:26379;sentinel://h2:26379/3` uses db 0, and a password on a later address is never sent, so the ' +
      'master answers `Authentication required.` Tasks land in another db than the one configured. A db written as a ' +
      'literal on a later address that equals the db in use is not reported (it changes nothing); one that comes from a ' +
      'variable (`/{REDIS_DB}`) is, whatever its value today.',
    fix: 'Put `:password@` and `/db` on the first address (`sentinel://:pw@h1:26379/3;sentinel://:pw@h2:26379/3` is also fine).',
    example: { bad: 'bad-db-on-last-address', good: 'good-db-on-first-address' },
  },
  *check(deployment) {
    for (const site of sentinelUrlProblems(deployment.clients, ['options-not-first'])) {
      const messages = new Set<string>();
      for (const { url, problem } of site.uses) {
        const message = describe(url, problem);
        if (message) messages.add(message);
      }
      const [message] = messages;
      if (message) yield { at: site.span, message };
    }
  },
});

function describe(url: ClientUrl, problem: UrlProblem): string | undefined {
  const chunks = url.parsed.chunks;
  const first = chunks[0]!;
  const chunk = chunks[problem.chunk ?? -1];
  if (!chunk) return undefined;
  const view: ClientView = url.role === 'backend' ? url.parsed.asCeleryBackendSees : url.parsed.asKombuSees;
  const who = url.role === 'backend' ? "Celery's result backend" : url.role === 'broker' ? 'kombu' : "kombu and Celery's result backend";
  const where = `the ${ordinal(chunk.index)} address`;
  if (sameRange(chunk.path?.range, problem.range)) return dbMessage(url, chunk, view, who, where);
  if (sameRange(chunk.password?.range, problem.range)) {
    if (chunk.password?.known && first.password?.known && chunk.password.secret.equals(first.password.secret)) return undefined;
    const used = first.password ? 'the first address\'s password' : 'no password';
    return `The password on ${where} is ignored: ${who} reads it from the first address only, so ${used} is sent to the master (\`Authentication required.\` or \`WRONGPASS\` when it differs). Put \`:password@\` on the first address.`;
  }
  if (sameRange(chunk.user?.range, problem.range)) {
    const used = first.user?.known ? `the user \`${first.user.value}\`` : first.user ? 'the first address\'s user' : 'the default user';
    return `The user on ${where} is ignored: ${who} reads it from the first address only, so ${used} is used. Put \`user:password@\` on the first address.`;
  }
  return undefined; // query options: not this rule's case
}

function dbMessage(url: ClientUrl, chunk: UrlChunk, view: ClientView, who: string, where: string): string | undefined {
  const path = chunk.path!;
  if (!view.db.known) return undefined;
  const used = view.db.value;
  const written = path.known && /^\/?[0-9]+\/?$/.test(path.value) ? Number(path.value.replace(/\//g, '')) : undefined;
  // Characters that stand in the file as they read come from no variable.
  const literal = path.known && url.index.text.slice(path.range[0], path.range[1]) === path.value;
  if (literal && written === used) return undefined; // a literal `/0` on the last address while db 0 is used changes nothing
  if (written !== undefined && written !== used) {
    return `The db ${written} on ${where} is ignored: ${who} reads the db from the first address only, so db ${used} is used. Put \`/${written}\` on the first address.`;
  }
  if (literal) return `The db on ${where} is ignored: ${who} reads the db from the first address only, so db ${used} is used. Put the \`/db\` on the first address.`;
  return `The db on ${where} comes from a variable and is ignored: ${who} reads the db from the first address only, so db ${used} is used whatever the variable says. Put the \`/db\` on the first address.`;
}

function sameRange(a: readonly [number, number] | undefined, b: readonly [number, number]): boolean {
  return a !== undefined && a[0] === b[0] && a[1] === b[1];
}
