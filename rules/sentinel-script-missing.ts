import { defineRule } from '../src/engine/rule.js';
import { isRenderedTemplate } from '../src/model/queries/template-markers.js';

/** sentinel.c checks the script with access(X_OK) while it reads the file, in these words. */
const SERVER_WORDS: Readonly<Record<string, string>> = {
  'notification-script': 'Notification script seems non existing or non executable.',
  'client-reconfig-script': 'Client reconfiguration script seems non existing or non executable.',
};

/**
 * Paths copied from documentation: `/path/to/…`, `<…>`, `...`. A conf alone cannot see the file
 * system it is deployed on, so other paths are left alone (mounts come with the compose scope).
 */
const PLACEHOLDER_PATH = /(^|\/)path\/to(\/|$)|<[^>]*>|\.\.\.|…/i;

export default defineRule({
  id: 'sentinel-script-missing',
  level: 'error',
  category: 'syntax',
  refusesStart: true,
  docs: {
    summary: 'A `notification-script` or `client-reconfig-script` whose path is a placeholder such as `/path/to/notify.sh`.',
    breaks:
      'Sentinel checks that the script exists and is executable while it reads its file; when it does not, it stops at ' +
      'start with "Notification script seems non existing or non executable." (or the client-reconfig-script ' +
      'equivalent) (RULES.md E18). Only paths that are placeholders are reported: whether another path exists is ' +
      'decided where the file is deployed.',
    fix: 'Point the option at the real script and make it executable (`chmod +x`), or remove the line.',
    example: { bad: 'bad-path-to-placeholder', good: 'good-real-script-path' },
  },
  *check(deployment) {
    for (const conf of deployment.confs) {
      if (isRenderedTemplate(conf)) continue; // `<%= script %>` is filled in before Sentinel reads it
      for (const option of conf.sentinelOptions) {
        const words = SERVER_WORDS[option.option];
        const path = option.args[0];
        if (!words || !path || !PLACEHOLDER_PATH.test(path.text)) continue;
        yield {
          at: path.span,
          message:
            `redis-sentinel will not start: "${words}": ${path.text} is a placeholder from an example, not a script on ` +
            'the server. Point it at the real script (executable), or remove the line.',
        };
      }
    }
  },
});
