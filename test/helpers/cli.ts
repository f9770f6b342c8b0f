import { main } from '../../src/cli/main.js';
import { loadCommands } from '../../src/cli/program.js';
import type { IO } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  columns?: number;
  stdoutIsTTY?: boolean;
  stdinIsTTY?: boolean;
  answers?: string[];
}

// Commands are loaded when a command line names one; load them all as the test file starts, so
// that a file's first test does not spend its time limit transforming them.
await loadCommands();

/** Runs the CLI in-process with a fake terminal. Tests never read the clock: calling today() fails the test. */
export async function runCli(argv: string[], o: CliOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const answers = [...(o.answers ?? [])];
  const io: IO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { NO_COLOR: '1', ...o.env },
    cwd: o.cwd,
    stdoutIsTTY: o.stdoutIsTTY ?? false,
    stdinIsTTY: o.stdinIsTTY ?? false,
    columns: o.columns,
    today: () => {
      throw new Error('test forgot --as-of: the CLI read "today"');
    },
    prompt: async (q) => {
      stderr += q;
      return answers.shift();
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
