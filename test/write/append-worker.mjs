// Child process for the concurrency test: node append-worker.mjs <bundle.mjs> <file> <root> <index> <startAtMs>
import { pathToFileURL } from 'node:url';

const [bundle, file, root, index, startAt] = process.argv.slice(2);
const { appendEntry } = await import(pathToFileURL(bundle).href);
const wait = Number(startAt) - Date.now();
if (wait > 0) await new Promise((r) => setTimeout(r, wait));
const i = Number(index);
try {
  const r = await appendEntry(file, { target: 'bhyt', date: '2024-06-14', value: i, by: `tiến trình ${i}` }, { root });
  process.stdout.write(JSON.stringify({ ok: true, created: r.created, stale: r.staleLocks.length }));
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, code: e?.code, message: String(e?.message ?? e) }));
  process.exitCode = 1;
}
