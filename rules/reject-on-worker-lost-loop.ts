import { defineRule } from '../src/engine/rule.js';
import { celeryBool, describeConfig } from '../src/model/queries/celery-settings.js';

export default defineRule({
  id: 'reject-on-worker-lost-loop',
  level: 'note',
  category: 'client',
  docs: {
    summary: '`task_reject_on_worker_lost=True` (with `task_acks_late`) requeues a task whose worker process dies.',
    breaks:
      'When the process running a late-acknowledged task exits abruptly (killed by the OOM killer, a segfault in an ' +
      'extension), the message is rejected and requeued instead of acknowledged. A task that itself kills its worker is ' +
      'then delivered to the next worker and kills it too, again and again: Celery\'s configuration docs warn that ' +
      'enabling it "can cause message loops" (the seed guide\'s defect 20). Without `task_acks_late` the setting has no ' +
      'effect, so the rule needs both.',
    fix: 'Leave `task_reject_on_worker_lost` off unless tasks are idempotent and a poison message is detected (for instance a retry counter in the task that gives up).',
    example: { bad: 'bad-reject-on-lost', good: 'good-acks-late-only' },
  },
  *check(deployment) {
    for (const config of deployment.clients.celery) {
      const reject = celeryBool(config, 'task_reject_on_worker_lost', false);
      if (!reject?.value || !reject.setting) continue;
      const acksLate = celeryBool(config, 'task_acks_late', false);
      if (!acksLate?.value) continue;
      yield {
        at: reject.setting.at,
        message:
          `task_reject_on_worker_lost=True in ${describeConfig(config)} requeues a late-acknowledged task when its worker ` +
          `process dies: a task that crashes or exhausts its worker is redelivered and crashes the next one, in a loop. ` +
          `Turn it off unless the tasks guard against poison messages.`,
        ...(acksLate.setting ? { related: [{ at: acksLate.setting.at, message: 'task_acks_late is True here' }] } : {}),
      };
    }
  },
});
