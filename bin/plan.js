#!/usr/bin/env node
// Loads the bundled CLI with V8's code cache. The cache is an optimisation only: when it is
// missing, stale (another Node version) or cannot be written, the bundle is compiled as usual.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import vm from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const bundle = fileURLToPath(new URL('../dist/plan.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;
if (!existsSync(bundle)) {
  process.stderr.write('plan: chưa được build (thiếu dist/plan.cjs). Chạy `npm install` hoặc `npm run build` trong thư mục của plan.\n');
  process.exit(2);
}

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const source = readFileSync(bundle, 'utf8');
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
// The plan cache is keyed by this build (size and time of the bundle: cheaper than hashing 1 MB on
// every start): files checked by other code are checked again.
const { size, mtimeMs } = statSync(bundle);
const buildId = `${size}-${mtimeMs}`;

if (!isMainThread && workerData?.planWorker) {
  // A worker thread started below: check its share of the plan folders and hand the results back.
  parentPort.postMessage(module.exports.validateFolders(workerData.folders, workerData.job));
} else {
  process.exitCode = await module.exports.main(process.argv.slice(2), undefined, { buildId, workers: planWorkers() });
}

/** Worker threads for `plan validate` over many plans: one per core (PLAN_WORKERS=1 turns them off). */
function planWorkers() {
  const count = Number(process.env.PLAN_WORKERS) || Math.min(availableParallelism(), 8);
  const run = (folders, job) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { planWorker: true, folders, job } });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`plan worker exited with ${code}`)));
    });
  return { count, run };
}

// Written by the build (PLAN_CODE_CACHE=write), and again if this Node rejected the old one.
if (isMainThread && (process.env.PLAN_CODE_CACHE === 'write' || (cachedData !== undefined && script.cachedDataRejected))) {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only install runs without the cache.
  }
}
