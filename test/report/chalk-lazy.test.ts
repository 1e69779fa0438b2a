import { describe, expect, it, vi } from 'vitest';
import { formatResult } from '../../src/report/index.js';
import { sampleResult } from './sample.js';

// Records whether anything imported chalk: start-up must not pay for it when colour is off.
const chalkLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('chalk', async (importOriginal) => {
  chalkLoads.count++;
  return importOriginal();
});

describe('chalk', () => {
  it('is not loaded when colour is off, in any format', async () => {
    for (const format of ['stylish', 'compact', 'json', 'sarif'] as const) await formatResult(sampleResult(), format, { color: false });
    expect(chalkLoads.count).toBe(0);
  });

  it('is loaded once colour is on', async () => {
    const out = await formatResult(sampleResult(), 'stylish', { color: true });
    expect(chalkLoads.count).toBe(1);
    expect(out).toContain('\u001b[');
  });
});
