import { errnoCode } from './errors.js';

/**
 * Windows refuses to rename over, or unlink, a file another process has open (an editor, the
 * indexer, an antivirus scan, a colleague's `plan status` reading it): EPERM, EACCES or EBUSY, for a
 * moment. Those are retried with a growing pause; anywhere else only EBUSY is, since EACCES and EPERM
 * there mean a real permission problem that waiting will not fix.
 */
export interface BusyRetry {
  /** Treat EPERM/EACCES as "busy" (Windows semantics). Default: process.platform === 'win32'. */
  windows?: boolean;
  /** Give up after this long in total. Default 3 000 ms. */
  totalMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isBusy(e: unknown, windows: boolean): boolean {
  const code = errnoCode(e);
  return code === 'EBUSY' || (windows && (code === 'EPERM' || code === 'EACCES'));
}

export function isWindows(o: BusyRetry | undefined): boolean {
  return o?.windows ?? process.platform === 'win32';
}

/** Runs `op`, retrying while the file is busy; the last error is thrown when the time is up. */
export async function retryBusy<T>(op: () => Promise<T>, o: BusyRetry = {}): Promise<T> {
  const windows = isWindows(o);
  const sleep = o.sleep ?? defaultSleep;
  let budget = o.totalMs ?? 3_000;
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await op();
    } catch (e) {
      if (!isBusy(e, windows) || budget <= 0) throw e;
      await sleep(pause);
      budget -= pause;
    }
  }
}
