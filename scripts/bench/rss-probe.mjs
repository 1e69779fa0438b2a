// Loaded with `node --import` into a measured process when /usr/bin/time is missing: writes the
// process's peak resident set size (KB) to BENCH_RSS_FILE as it exits, whatever way it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
