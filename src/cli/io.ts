import { langFrom } from '../i18n/lang.js';
import { stdoutErrorText } from './io-error.js';

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
  /**
   * Reads one key on a terminal, without Enter (`plan record --due`: one key per task): the key typed,
   * '' for Enter, undefined for Ctrl-C, Ctrl-D or a closed input. Absent where there is no raw mode.
   */
  key?: (question: string) => Promise<string | undefined>;
}

let stdoutGuarded = false;

/**
 * Standard output that cannot be written: EPIPE (the reader has gone, `plan status | head`) ends the
 * command quietly, as a pipe's reader expects; anything else (ENOSPC from `> /dev/full`, EIO) is an
 * I/O error: one line on stderr, exit 2 (never 1, which means "the plan has errors"), no stack.
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    try {
      process.stderr.write(stdoutErrorText(e.code ?? 'EIO', langFrom(process.argv.slice(2), process.env)));
    } finally {
      process.exit(2);
    }
  });
}

export function processIO(): IO {
  guardStdout();
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    // process.stdin builds a stream (and loads node:stream): only record's prompts ask for it.
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    today: () => {
      // The ward's calendar day, wherever the machine's clock is set.
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone: process.env.PLAN_TZ ?? 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
      return parts;
    },
    get key() {
      return process.stdin.isTTY && typeof process.stdin.setRawMode === 'function' ? readKey : undefined;
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

/** One key from a terminal in raw mode, the mode restored whatever happens. */
function readKey(question: string): Promise<string | undefined> {
  process.stderr.write(question);
  return new Promise((resolve) => {
    const stdin = process.stdin;
    const done = (key: string | undefined) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write(key ? `${key}\n` : '\n');
      resolve(key);
    };
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8').normalize('NFC');
      if (text === '\u0003' || text === '\u0004') return done(undefined);
      if (text === '\r' || text === '\n') return done('');
      // A key is one character; arrows and other escape sequences are ignored.
      if (text.startsWith('\u001b')) return;
      done([...text][0]);
    };
    const onEnd = () => done(undefined);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
    stdin.on('end', onEnd);
  });
}
