// Child process of write-kill.test.ts: node kill-worker.mjs <bundle.mjs> <file> <root> <value>
// Says "ready" once the write module is loaded, appends one entry through the real write path
// (lock, read, splice, temp file, fsync, rename, unlock), then says "done". The test kills it with
// SIGKILL at a random moment.
import { pathToFileURL } from 'node:url';

const [bundle, file, root, value] = process.argv.slice(2);
const { appendEntry } = await import(pathToFileURL(bundle).href);
process.stdout.write('ready\n');
await appendEntry(file, { target: 'bhyt', date: '2024-06-14', value: Number(value), by: 'kill test' }, { root, lock: { timeoutMs: 10_000 } });
process.stdout.write('done\n');
