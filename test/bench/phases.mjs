#!/usr/bin/env node
// Where one `plan` process spends its time: `node test/bench/phases.mjs <plan arguments>` runs the
// built CLI in this process the way bin/plan.js does (same bundle, same V8 code cache) and prints
// one JSON line to stderr:
//   node      from the process's start to this script's first line (Node's own start-up)
//   read      reading dist/plan.cjs and its code cache
//   compile   vm.Script with the code cache (deserialising compiled code)
//   init      running the bundle's module bodies that every command needs
//   command   main(): loading the command's part of the bundle, reading and checking, writing
//   fsync     of `command`, the time in FileHandle.sync() (depends on the disk, not on plan)
// The bench (run.mjs) calls it for `plan record` and `plan validate`; it is not a test.
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const t0 = performance.now();
// As bin/plan.js does, before anything is compiled (the code cache is keyed by V8's flags).
if (/^1[12]\./.test(process.versions.v8)) v8.setFlagsFromString('--semi-space-growth-factor=1');
const bundle = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/plan.cjs');

// Count the time spent in fsync: FileHandle.sync is what src/write calls.
let fsyncMs = 0;
let fsyncs = 0;
const probe = await open(bundle, 'r');
const proto = Object.getPrototypeOf(probe);
await probe.close();
const sync = proto.sync;
proto.sync = async function timedSync(...args) {
  const a = performance.now();
  try {
    return await sync.apply(this, args);
  } finally {
    fsyncMs += performance.now() - a;
    fsyncs += 1;
  }
};

const t1 = performance.now();
let cachedData;
try {
  cachedData = readFileSync(`${bundle}.cache`);
} catch {
  cachedData = undefined;
}
const source = readFileSync(bundle, 'utf8');
const t2 = performance.now();
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
const t3 = performance.now();
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
const t4 = performance.now();
process.exitCode = await module.exports.main(process.argv.slice(2), undefined, { buildId: 'bench-phases', workers: undefined });
const t5 = performance.now();

const ms = (x) => Math.round(x * 10) / 10;
process.stderr.write(
  `${JSON.stringify({
    node: ms(t0),
    read: ms(t2 - t1),
    compile: ms(t3 - t2),
    codeCacheRejected: script.cachedDataRejected ?? null,
    init: ms(t4 - t3),
    command: ms(t5 - t4),
    fsync: ms(fsyncMs),
    fsyncs,
    total: ms(t5),
  })}\n`,
);
