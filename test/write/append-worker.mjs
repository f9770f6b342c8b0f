// Child process for the concurrency test: node append-worker.mjs <bundle.mjs> <file> <root> <index> <go-file>
// Every worker waits for <go-file> to exist, so that all of them append at once.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, file, root, index, goFile] = process.argv.slice(2);
const { appendEntry } = await import(pathToFileURL(bundle).href);
for (let tries = 0; !existsSync(goFile) && tries < 6000; tries++) await new Promise((r) => setTimeout(r, 5));
const i = Number(index);
try {
  const r = await appendEntry(file, { target: 'bhyt', date: '2024-06-14', value: i, by: `tiến trình ${i}` }, { root, lock: { timeoutMs: 60_000 } });
  process.stdout.write(JSON.stringify({ ok: true, created: r.created, stale: r.staleLocks.length }));
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, code: e?.code, message: String(e?.message ?? e) }));
  process.exitCode = 1;
}
