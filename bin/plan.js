#!/usr/bin/env node
// Loads the bundled CLI with V8's code cache. The cache is an optimisation only: when it is
// missing, stale (another Node version) or cannot be written, the bundle is compiled as usual.
// Start-up is most of a command's time, so this file loads only what every run needs: fs, vm and
// the bundle; worker_threads (about 5 ms) only when validate shares plans out to threads.
'use strict';
const { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { availableParallelism } = require('node:os');
const vm = require('node:vm');

/** The argument a worker thread is started with (it cannot come from a command line: it holds a NUL). */
const WORKER_ARG = '\0plan-worker';

// Keep V8's young generation at its start size (semi-spaces of 1 MB) instead of doubling it after
// each scavenge: a ward's run then touches about 1,400 fewer pages of memory, which costs more on
// these machines than the extra scavenges (docs/performance.md); a process reading many plans grows
// it again (src/runtime/many-plans.ts), and worker threads leave it as it is. Set before the bundle
// is compiled and again before its cache is written, since V8 keys the code cache by its flags; only
// where the flag is known (Node 20 and 22: V8 11 and 12), as V8 prints an error for a flag it lacks.
const youngAtStartSize = () => {
  if (/^1[12]\./.test(process.versions.v8)) require('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
};
if (process.argv[2] !== WORKER_ARG) youngAtStartSize();

const bundle = join(__dirname, '../dist/plan.cjs');
const cacheFile = `${bundle}.cache`;
let source;
let stat;
try {
  // The build makes the bundle ASCII: read as latin1 it is the same text, with no UTF-8 decoding.
  source = readFileSync(bundle, 'latin1');
  stat = statSync(bundle);
} catch {
  process.stderr.write('plan: chưa được build (thiếu dist/plan.cjs). Chạy `npm install` hoặc `npm run build` trong thư mục của plan.\n');
  process.exit(2);
}
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, Module.createRequire(bundle), bundleModule, bundle, dirname(bundle));
// The plan cache is keyed by this build (size and time of the bundle: cheaper than hashing 1 MB on
// every start): files checked by other code are checked again.
const buildId = `${stat.size}-${stat.mtimeMs}`;

if (process.argv[2] === WORKER_ARG) {
  // A worker thread started below: check its share of the plan folders and hand the results back.
  const { parentPort, workerData } = require('node:worker_threads');
  Promise.resolve(bundleModule.exports.validateFolders(workerData.folders, workerData.job)).then((r) => parentPort.postMessage(r));
} else {
  bundleModule.exports.main(process.argv.slice(2), undefined, { buildId, workers: planWorkers() }).then((code) => {
    process.exitCode = code;
    writeCodeCache();
  });
}

/**
 * Written by the build (PLAN_CODE_CACHE=write; the package ships it), and again where it is missing
 * or this Node rejected it (another V8 version). The temporary file is opened before the cache is
 * serialised, so a read-only install pays one failed open, not a serialisation.
 */
function writeCodeCache() {
  if (process.env.PLAN_CODE_CACHE !== 'write' && cachedData !== undefined && !script.cachedDataRejected) return;
  // A cache made under other V8 flags (node --max-old-space-size … bin/plan.js) is rejected by every
  // plain run: keep the one there.
  if (process.execArgv.length > 0 && process.env.PLAN_CODE_CACHE !== 'write') return;
  youngAtStartSize();
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  let fd;
  try {
    fd = openSync(tmp, 'wx');
    writeFileSync(fd, script.createCachedData());
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only install runs without the cache.
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** Worker threads for `plan validate` over many plans: one per core (PLAN_WORKERS=1 turns them off). */
function planWorkers() {
  const count = Number(process.env.PLAN_WORKERS) || Math.min(availableParallelism(), 8);
  const run = async (folders, job) => {
    const { Worker } = require('node:worker_threads');
    return new Promise((resolve, reject) => {
      const worker = new Worker(__filename, { argv: [WORKER_ARG], workerData: { folders, job } });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`plan worker exited with ${code}`)));
    });
  };
  return { count, run };
}
