// Preloaded (node --import) by test/robustness/helpers.ts: writes the process's peak resident
// memory (KB) to PLAN_RSS_FILE when it exits. Never changes the exit code.
import { writeFileSync } from 'node:fs';

const file = process.env.PLAN_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // no figure rather than a different exit
    }
  });
}
