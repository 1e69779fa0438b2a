import type { LintResult } from '../engine/result.js';
import { printable } from './code-frame.js';
import type { FormatterOptions } from './index.js';

/**
 * One finding a line, `file:line:col: level message [rule-id]`, for grep, editors' problem
 * matchers and the fixtures' `expect.txt`. Never coloured: it is read by programs as often as by people.
 */
export default function formatCompact(result: LintResult, _options: FormatterOptions): string {
  return result.findings
    .map(({ at, level, message, ruleId }) => {
      const oneLine = printable(message.replace(/\s*[\r\n]+\s*/g, ' '));
      return `${printable(at.file)}:${at.line}:${at.column}: ${level} ${oneLine} [${ruleId}]\n`;
    })
    .join('');
}
