/** Everything a command touches outside the core. Tests pass their own; only `processIO` reads the real world. */
export interface IO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Terminal width, when stdout is a terminal. */
  columns: number | undefined;
  /** The default for --as-of: the only place that reads the clock. */
  today: () => string;
  /** Asks the user a question on the terminal (plan record's prompts). */
  prompt?: (question: string) => Promise<string | undefined>;
}

export function processIO(): IO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    today: () => {
      // The ward's calendar day, wherever the machine's clock is set.
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone: process.env.PLAN_TZ ?? 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
      return parts;
    },
    prompt: async (question) => {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } catch {
        return undefined;
      } finally {
        rl.close();
      }
    },
  };
}
