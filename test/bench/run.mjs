#!/usr/bin/env node
// `npm run bench`: times whole `plan` processes on the shipped example and on synthetic ward plans,
// against the goals of the "speed and scale" issue, and prints a table (docs/performance.md).
//
//   npm run bench                       example, record, 25/100/400 wards (a few minutes)
//   npm run bench -- --country          also 830 and 3,321 wards (the country; several minutes)
//   npm run bench -- --runs 10          timed runs per command (default 11; 3 for the big workloads)
//   npm run bench -- --quick            only the daily commands on the example (pairs and phases)
//   npm run bench -- --markdown         the table as markdown (for docs/performance.md)
//   npm run bench -- --json             the results as JSON
//   npm run bench -- --no-build         time the bundle as it is (default: npm run build first)
//   npm run bench -- --from r.json --markdown   re-print results saved with --json
//
// Each command runs once to warm up (and to check its exit code and output), then N times; the table
// shows the median and the minimum wall time of the whole process, the ratio to `node -e 0` timed
// in the same run, MB/s of YAML read (bytes of the *.yaml files / median time) and the peak resident
// memory reported by the OS (`/usr/bin/time -f %M`; else the child's maxRSS from a wrapper).
// The daily commands on the example are timed as pairs: each run right after a run of `node -e 0`,
// so that both see the same load of a shared machine; the ratio is the median of the N pair
// ratios, and the spread their lowest and highest. `phases` rows split one process's time
// (test/bench/phases.mjs), with the fsync time of record apart.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTenYears, generateWards, yamlBytes } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const DATA = join(HERE, '.data');
const BIN = join(REPO, 'bin/plan.js');
const AS_OF = '2024-12-31';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const RUNS = option('--runs', 11);
const QUICK = flag('--quick');
const BIG_RUNS = option('--big-runs', 3);
const COUNTRY = flag('--country');
const QUIET = flag('--json') || flag('--markdown');
const log = (s) => process.stderr.write(`${s}\n`);

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

// --------------------------------------------------------------------------------------------------
// Measuring one process

/** One run: wall seconds and peak RSS in MB. */
// The built CLI caches checked plan files (src/load/plan-cache.ts). The bench keeps that cache in its
// own folder and measures validate both ways: cold (PLAN_CACHE=0, every file parsed and checked) and
// warm (the second run of the same files, as in a ward's repository).
const CACHE_DIR = join(DATA, '.plan-cache');
const COLD = { PLAN_CACHE: '0' };

function once(cmd, args, o = {}) {
  const tmp = join(DATA, '.time.out');
  let file = cmd;
  let fullArgs = args;
  if (TIME) {
    file = TIME;
    fullArgs = ['-f', '%M', '-o', tmp, cmd, ...args];
  }
  const started = process.hrtime.bigint();
  const r = spawnSync(file, fullArgs, {
    cwd: o.cwd ?? REPO,
    env: withoutKeys({ ...process.env, NO_COLOR: '1', PLAN_CACHE_DIR: CACHE_DIR, ...o.env }, o.unset ?? []),
    stdio: ['ignore', o.capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peakMb = null;
  if (TIME) {
    const kb = Number(readFileSync(tmp, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) peakMb = kb / 1024;
  } else {
    // No /usr/bin/time: the largest maxRSS among this process's waited-for children so far is an upper bound.
    peakMb = process.resourceUsage().maxRSS / 1024;
  }
  return { seconds, peakMb, status: r.status, stdout: r.stdout?.toString() ?? '', stderr: r.stderr?.toString() ?? '' };
}

const withoutKeys = (env, keys) => Object.fromEntries(Object.entries(env).filter(([k]) => !keys.includes(k)));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Warm-up, then `runs` timed runs. `prepare()` runs before each one and is not timed (a fresh copy
 * of the plan for `plan record`). The warm-up must exit with `expect` (default 0).
 */
function measure(label, cmd, args, o = {}) {
  const runs = o.runs ?? RUNS;
  if (!QUIET) log(`  ${label}: ${[cmd === process.execPath ? 'node' : cmd, ...args.map((a) => a.replace(REPO + '/', ''))].join(' ')}`);
  o.prepare?.();
  const warm = once(cmd, args, { ...o, capture: true });
  if (warm.status !== (o.expect ?? 0)) {
    throw new Error(`${label}: exit ${warm.status}, expected ${o.expect ?? 0}\n${warm.stderr.slice(0, 2000)}`);
  }
  const times = [];
  const peaks = [];
  for (let i = 0; i < runs; i++) {
    o.prepare?.();
    const r = once(cmd, args, o);
    if (r.status !== (o.expect ?? 0)) throw new Error(`${label}: exit ${r.status} on run ${i + 1}\n${r.stderr.slice(0, 2000)}`);
    times.push(r.seconds);
    if (r.peakMb !== null) peaks.push(r.peakMb);
  }
  return { median: median(times), min: Math.min(...times), peakMb: peaks.length ? Math.max(...peaks) : null, runs, times };
}

/**
 * `runs` pairs: `node -e 0`, then the command, one right after the other. Returns the command's
 * times and the per-pair ratios (median, lowest, highest).
 */
function measurePairs(label, cmd, args, o = {}) {
  const runs = o.runs ?? RUNS;
  if (!QUIET) log(`  ${label} (pairs with node -e 0): ${['node', ...args.map((a) => a.replace(REPO + '/', ''))].join(' ')}`);
  o.prepare?.();
  const warm = once(cmd, args, { ...o, capture: true });
  if (warm.status !== (o.expect ?? 0)) {
    throw new Error(`${label}: exit ${warm.status}, expected ${o.expect ?? 0}\n${warm.stderr.slice(0, 2000)}`);
  }
  const times = [];
  const bases = [];
  const ratios = [];
  const peaks = [];
  for (let i = 0; i < runs; i++) {
    o.prepare?.();
    const b = once(process.execPath, ['-e', '0']);
    const r = once(cmd, args, o);
    if (r.status !== (o.expect ?? 0)) throw new Error(`${label}: exit ${r.status} on run ${i + 1}\n${r.stderr.slice(0, 2000)}`);
    times.push(r.seconds);
    bases.push(b.seconds);
    ratios.push(r.seconds / b.seconds);
    if (r.peakMb !== null) peaks.push(r.peakMb);
  }
  return {
    median: median(times),
    min: Math.min(...times),
    peakMb: peaks.length ? Math.max(...peaks) : null,
    runs,
    times,
    baseMedian: median(bases),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
  };
}

/** Medians of the phases of `runs` processes (test/bench/phases.mjs): where the time goes. */
function measurePhases(label, args, o = {}) {
  const runs = o.runs ?? RUNS;
  if (!QUIET) log(`  ${label} (phases): node test/bench/phases.mjs ${args.map((a) => a.replace(REPO + '/', '')).join(' ')}`);
  const all = [];
  for (let i = 0; i < runs + 1; i++) {
    o.prepare?.();
    const r = spawnSync(process.execPath, [join(HERE, 'phases.mjs'), ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1', PLAN_CACHE_DIR: CACHE_DIR, ...o.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const line = r.stderr.toString().trim().split('\n').pop();
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}\n${r.stderr.toString().slice(0, 2000)}`);
    if (i > 0) all.push(JSON.parse(line)); // the first run warms the disk cache
  }
  const keys = ['node', 'read', 'compile', 'init', 'command', 'fsync', 'total'];
  return Object.fromEntries(keys.map((k) => [k, round(median(all.map((x) => x[k])), 1)]));
}

// --------------------------------------------------------------------------------------------------
// Data

function ensureWards(count) {
  const dir = join(DATA, `wards-${count}`);
  const stamp = join(dir, '.complete');
  if (!existsSync(stamp)) {
    log(`generating ${count} ward plans under ${dir.replace(REPO + '/', '')} ...`);
    generateWards(dir, count);
    writeFileSync(stamp, `${count}\n`);
  }
  return { dir: join(dir, 'wards'), bytes: yamlBytes(join(dir, 'wards')) };
}

/** `count` copies of the shipped example (the throughput workload), `<i>/plans/2024`. */
function ensureExampleCopies(count) {
  const dir = join(DATA, `example-${count}`);
  const stamp = join(dir, '.complete');
  if (!existsSync(stamp)) {
    log(`copying the example ${count} times under ${dir.replace(REPO + '/', '')} ...`);
    rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < count; i++) cpSync(join(REPO, 'plans'), join(dir, 'copies', String(i + 1).padStart(4, '0'), 'plans'), { recursive: true });
    writeFileSync(stamp, `${count}\n`);
  }
  return { dir: join(dir, 'copies'), bytes: yamlBytes(join(dir, 'copies')) };
}

function ensureTenYears() {
  const dir = join(DATA, 'ten-years');
  if (!existsSync(join(dir, '.complete'))) {
    log('generating the ten-years variant of the example ...');
    generateTenYears(dir);
    writeFileSync(join(dir, '.complete'), 'ok\n');
  }
  return join(dir, 'plans');
}

/** For `plan record`: a fresh copy of a plans/ folder before every run, so that no run sees another's entry. */
function freshCopy(from, name) {
  const to = join(DATA, 'scratch', name);
  return {
    plan: join(to, '2024'),
    prepare: () => {
      rmSync(to, { recursive: true, force: true });
      mkdirSync(dirname(to), { recursive: true });
      cpSync(from, to, { recursive: true });
    },
  };
}

// --------------------------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpu: `${cpus[0]?.model ?? 'unknown'}`.replace(/\s+/g, ' ').trim(),
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    // The commit's date: the bench reads no clock.
    date: spawnSync('git', ['log', '-1', '--format=%cs'], { cwd: REPO }).stdout?.toString().trim() || null,
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO }).stdout?.toString().trim() || null,
    peakFrom: TIME ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS (upper bound)',
    // Node loads these certificates at every start, before any script: `node -e 0` and plan both pay it.
    extraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS),
  };
}

function main() {
  mkdirSync(DATA, { recursive: true });
  if (!flag('--no-build')) {
    log('npm run build ...');
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const node = process.execPath;
  const plan = (...args) => [BIN, ...args];
  const rows = [];
  const add = (row) => rows.push(row);

  const example = join(REPO, 'plans/2024');
  const exampleBytes = yamlBytes(example);
  log('timing (warm-up + runs):');
  const base = measure('baseline', node, ['-e', '0']);
  add({ workload: '—', command: 'node -e 0', ...base, bytes: null, goal: 'baseline', pass: null });
  if (process.env.NODE_EXTRA_CA_CERTS) {
    // The ratios are to the line above; this one tells how much of it is the certificates.
    const bare = measure('baseline without NODE_EXTRA_CA_CERTS', node, ['-e', '0'], { unset: ['NODE_EXTRA_CA_CERTS'] });
    add({ workload: '—', command: 'node -e 0, NODE_EXTRA_CA_CERTS unset', ...bare, ratio: bare.median / base.median, bytes: null, goal: '—', pass: null });
  }
  const vsNode = (m) => m.median / base.median;

  const pairRow = (workload, command, m, goal) =>
    add({ workload, command, ...m, bytes: exampleBytes, goal: goal ?? '—', pass: goal ? m.ratio <= 2.0 : null });
  const recordArgs = (p) => plan('record', 'bhyt', '95,1', '--date', '2024-12-20', '--source', 'BHXH', '--as-of', AS_OF, '--plan', p);
  const ex = freshCopy(join(REPO, 'plans'), 'example');
  const statusArgs = plan('status', '--as-of', '2024-12-14', 'plans/2024');
  const validateArgs = plan('validate', '--as-of', AS_OF, 'plans/2024');

  // The goals: the daily commands without the plan cache (a fresh clone, any edit).
  const goal = '≤ 2.0× node (aim 1.5×)';
  const record = measurePairs('example record, cold', node, recordArgs(ex.plan), { prepare: ex.prepare, env: COLD });
  pairRow('example, cold', 'plan record', record, goal);
  pairRow('example, cold', 'plan status', measurePairs('example status, cold', node, statusArgs, { env: COLD }), goal);
  pairRow('example, cold', 'plan validate', measurePairs('example validate, cold', node, validateArgs, { env: COLD }), goal);
  pairRow('example, warm', 'plan status', measurePairs('example status, warm', node, statusArgs));
  pairRow('example, warm', 'plan validate', measurePairs('example validate, warm', node, validateArgs));
  pairRow('—', 'plan --help', measurePairs('help', node, plan('--help')));

  const phases = [
    { label: 'plan record, cold', ...measurePhases('record', recordArgs(ex.plan).slice(1), { prepare: ex.prepare, env: COLD }) },
    { label: 'plan status, cold', ...measurePhases('status', statusArgs.slice(1), { env: COLD }) },
    { label: 'plan validate, cold', ...measurePhases('validate', validateArgs.slice(1), { env: COLD }) },
  ];
  if (QUICK) return report(rows, phases);

  const tenYears = ensureTenYears();
  const ty = freshCopy(tenYears, 'ten-years');
  const record10 = measurePairs('ten-years record, cold', node, recordArgs(ty.plan), { prepare: ty.prepare, env: COLD });
  const slower = record10.median / record.median;
  add({
    workload: 'example, 10 years of entries, cold',
    command: 'plan record',
    ...record10,
    bytes: yamlBytes(join(tenYears, '2024')),
    goal: `no slower than example (${slower.toFixed(2)}×, ≤ 1.10)`,
    pass: slower <= 1.1,
  });

  // The throughput goal: 400 copies of the example, cold.
  const copies = ensureExampleCopies(400);
  const c400 = measure('400 example copies validate (cold)', node, plan('validate', '--as-of', AS_OF, copies.dir), { runs: BIG_RUNS, env: COLD });
  const c400mbps = copies.bytes / 1e6 / c400.median;
  add({ workload: '400 copies of the example, cold', command: 'plan validate', ...c400, bytes: copies.bytes, ratio: vsNode(c400), goal: '≥ 20 MB/s', pass: c400mbps >= 20 });

  const scale = (counts, runs, cache) => {
    const points = [];
    const how = cache ? 'warm' : 'cold';
    for (const n of counts) {
      const { dir, bytes } = ensureWards(n);
      const m = measure(`${n} wards validate (${how})`, node, plan('validate', '--as-of', AS_OF, dir), { runs: n >= 100 ? runs : RUNS, env: cache ? {} : COLD });
      const mbps = bytes / 1e6 / m.median;
      const big = n === 3321;
      const memOk = m.peakMb === null || m.peakMb <= 1024;
      add({
        workload: `${n} wards, ${how}`,
        command: 'plan validate',
        ...m,
        bytes,
        ratio: vsNode(m),
        goal: big ? '≤ 1 GiB' : 'growth point',
        pass: big ? memOk : null,
      });
      points.push({ n, bytes, ...m });
    }
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const dataRatio = b.bytes / a.bytes;
      const timeRatio = b.median / a.median;
      add({
        workload: `${a.n} → ${b.n} wards, ${how}`,
        command: 'plan validate',
        median: null,
        min: null,
        peakMb: null,
        bytes: null,
        growth: { dataRatio, timeRatio },
        goal: `linear: time ×${timeRatio.toFixed(2)} for data ×${dataRatio.toFixed(2)} (≤ ×${(1.1 * dataRatio).toFixed(2)})`,
        pass: timeRatio <= 1.1 * dataRatio,
      });
    }
    return points;
  };
  scale([25, 100, 400], BIG_RUNS, false);
  scale([25, 100, 400], BIG_RUNS, true);

  // The rollup over a province: informative (no goal in the issue).
  const province = ensureWards(100);
  const rollup = measure('100 wards status (rollup)', node, plan('status', '--as-of', '2024-12-14', province.dir), { runs: BIG_RUNS });
  add({ workload: '100 wards', command: 'plan status (rollup)', ...rollup, bytes: province.bytes, ratio: vsNode(rollup), goal: '—', pass: null });

  if (COUNTRY) {
    scale([830, 3321], Math.min(BIG_RUNS, 2), false);
    scale([830, 3321], Math.min(BIG_RUNS, 2), true);
  }

  report(rows, phases);
  if (!COUNTRY && !QUIET) log('\nThe country (830 and 3,321 wards, ~220 MB of YAML, several minutes): npm run bench -- --country');
}

function report(rows, phases) {
  const result = { machine: machine(), runs: RUNS, bigRuns: BIG_RUNS, rows: rows.map(tidy), phases };
  if (flag('--json')) console.log(JSON.stringify(result, null, 2));
  else if (flag('--markdown')) console.log(markdown(result));
  else console.log(textTable(result));
}

function tidy(r) {
  const mbps = r.bytes && r.median ? r.bytes / 1e6 / r.median : null;
  return {
    workload: r.workload,
    command: r.command,
    median: r.median === null ? null : round(r.median, 3),
    min: r.min === null ? null : round(r.min, 3),
    ratio: r.ratio === undefined ? (r.command === 'node -e 0' ? 1 : null) : round(r.ratio, 2),
    spread: r.spread ? r.spread.map((x) => round(x, 2)) : null,
    mbPerS: mbps === null ? null : round(mbps, 1),
    yamlMb: r.bytes ? round(r.bytes / 1e6, 2) : null,
    peakMb: r.peakMb === null || r.peakMb === undefined ? null : Math.round(r.peakMb),
    ...(r.growth ? { growth: { dataRatio: round(r.growth.dataRatio, 2), timeRatio: round(r.growth.timeRatio, 2) } } : {}),
    runs: r.runs ?? null,
    goal: r.goal,
    pass: r.pass,
  };
}

const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

const HEAD = ['workload', 'command', 'median s', 'min s', '× node -e 0', 'spread', 'MB/s', 'YAML MB', 'peak MB', 'goal', 'result'];
const NUMERIC = [2, 3, 4, 5, 6, 7, 8];
function cells(r) {
  const f = (x, d) => (x === null || x === undefined ? '' : x.toFixed(d));
  const spread = r.spread ? `${f(r.spread[0], 2)}–${f(r.spread[1], 2)}` : '';
  return [r.workload, r.command, f(r.median, 3), f(r.min, 3), f(r.ratio, 2), spread, f(r.mbPerS, 1), f(r.yamlMb, 2), r.peakMb === null ? '' : String(r.peakMb), r.goal, r.pass === null ? '' : r.pass ? 'pass' : 'FAIL'];
}

const PHASE_HEAD = ['phases (median ms)', 'node', 'read', 'compile', 'init', 'command', 'of it fsync', 'total'];
const phaseCells = (p) => [p.label, ...['node', 'read', 'compile', 'init', 'command', 'fsync', 'total'].map((k) => p[k].toFixed(1))];

function plainTable(head, body, numeric) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (numeric.has(i) ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), line(head.map((_, i) => '-'.repeat(widths[i]))), ...body.map(line)];
}

function textTable(result) {
  const m = result.machine;
  const phases = result.phases?.length ? ['', ...plainTable(PHASE_HEAD, result.phases.map(phaseCells), new Set([1, 2, 3, 4, 5, 6, 7]))] : [];
  return [
    `plan benchmark: Node ${m.node}, ${m.cores} × ${m.cpu}, ${m.memoryGb} GB, ${m.os}, commit ${m.commit}, ${m.date}, load average ${m.loadAverage.join(' ')}${m.extraCaCerts ? ', NODE_EXTRA_CA_CERTS set' : ''}`,
    `median of ${result.runs} runs (${result.bigRuns} for 100+ wards) after a warm-up; pairs: ratio = median of the runs' ratios to the node -e 0 run just before each, spread = lowest–highest; peak memory from ${m.peakFrom}`,
    '',
    ...plainTable(HEAD, result.rows.map(cells), new Set(NUMERIC)),
    ...phases,
  ].join('\n');
}

function markdown(result) {
  const m = result.machine;
  const esc = (s) => s.replace(/\|/g, '\\|');
  const table = (head, body, numeric) => [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (numeric.includes(i) ? '---:' : ':---')).join('|')}|`,
    ...body.map((c) => `| ${c.map(esc).join(' | ')} |`),
  ];
  return [
    `Node ${m.node}, ${m.cores} × ${m.cpu}, ${m.memoryGb} GB RAM, ${m.os}; commit ${m.commit}, ${m.date}; load average at the end ${m.loadAverage.join(' ')}${m.extraCaCerts ? '; NODE_EXTRA_CA_CERTS set (every node start loads those certificates)' : ''}. Median of ${result.runs} runs (${result.bigRuns} for 100 wards and more) after a warm-up; pairs: ratio = median of the runs' ratios to the \`node -e 0\` run just before each, spread = lowest–highest; peak memory from \`${m.peakFrom}\`.`,
    '',
    ...table(HEAD, result.rows.map(cells), NUMERIC),
    ...(result.phases?.length ? ['', ...table(PHASE_HEAD, result.phases.map(phaseCells), [1, 2, 3, 4, 5, 6, 7])] : []),
  ].join('\n');
}

try {
  const from = argv.indexOf('--from');
  if (from >= 0) {
    // Re-print saved results (`--json > file`) as a table or markdown, without timing anything.
    const saved = JSON.parse(readFileSync(argv[from + 1], 'utf8'));
    console.log(flag('--markdown') ? markdown(saved) : textTable(saved));
  } else main();
} catch (e) {
  log(`bench: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
