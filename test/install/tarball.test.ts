import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * How a ward installs the tool (README, "Cài đặt cho kho kế hoạch của phường"): `npm pack` once, then
 * `npm install -g plan-….tgz` on a machine with no network. The bundle holds every library, so the
 * tarball must need nothing from a registry: installed here with --offline and an empty npm cache.
 * Before package.json had "files", the tarball left dist/ out and the installed tool said "chưa được build".
 */
describe('the packed tarball installs offline and works', () => {
  it('npm pack → npm install -g --offline (empty cache) → plan init + plan validate in a new folder', { timeout: 300_000 }, () => {
    expect(existsSync(join(ROOT, 'dist/plan.cjs')), 'npm test builds dist/ first').toBe(true);
    const tmp = mkdtempSync(join(tmpdir(), 'plan-tarball-'));
    const [packs, prefix, cache, work] = ['pack', 'prefix', 'cache', 'work'].map((d) => join(tmp, d));
    for (const d of [packs!, prefix!, cache!, work!]) mkdirSync(d);
    const env = { ...process.env, npm_config_cache: cache!, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', packs!], { cwd: ROOT, env, stdio: 'pipe' });
    const tarball = readdirSync(packs!).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toMatch(/^plan-.*\.tgz$/);
    execFileSync(npm, ['install', '-g', '--prefix', prefix!, '--offline', '--cache', cache!, join(packs!, tarball)], { cwd: work, env, stdio: 'pipe' });
    const bin = process.platform === 'win32' ? join(prefix!, 'plan.cmd') : join(prefix!, 'bin', 'plan');
    const run = (args: string[]) => execFileSync(bin, args, { cwd: work, env: { ...env, NO_COLOR: '1', PLAN_CACHE: '0' }, encoding: 'utf8', stdio: 'pipe' });
    expect(run(['init', 'plans/2025', '--year', '2025', '--place', 'Xã Mới', '--as-of', '2025-01-10'])).toMatch(/Đã tạo kế hoạch năm 2025/);
    expect(run(['validate', '--as-of', '2025-01-10'])).toMatch(/Hợp lệ: 1 kế hoạch/);
    // The format guide comes from inside the tool: a ward's repository has no docs/ folder.
    expect(run(['help', 'format', 'chi-tieu'])).toMatch(/^## 8\. Chỉ tiêu/);
    // The lazily loaded parts are inside the tarball too: plan report's renderers, mammoth for .docx,
    // pdfjs for .pdf (dist/pdf.cjs: a PDF imports with no node_modules lookup).
    const installed = join(prefix!, process.platform === 'win32' ? '' : 'lib', 'node_modules', 'plan');
    expect(existsSync(join(installed, 'dist/report.cjs'))).toBe(true);
    expect(existsSync(join(installed, 'dist/pdf.cjs'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules/pdfjs-dist'))).toBe(false);
    const pdf = run(['import', join(ROOT, 'test/import/pdf/seed.pdf'), '--dry-run', '--format', 'json', '--as-of', '2024-07-01']);
    const seedMd = run(['import', join(ROOT, 'docs/seed/05-KH-UBND-2024.md'), '--dry-run', '--format', 'json', '--as-of', '2024-07-01']);
    const targets = (json: string) => (JSON.parse(json) as { draft: { targets: { id: string }[] } }).draft.targets.map((t) => t.id);
    expect(targets(pdf)).toEqual(targets(seedMd));
    expect(targets(pdf).length).toBeGreaterThan(10);
    expect(existsSync(join(installed, 'node_modules/mammoth/package.json'))).toBe(true);
    // V8's code cache ships with the bundle (without it every start compiles the bundle: about a
    // fifth more work); made by the same Node it is accepted, so the runs above left it as it was.
    const codeCache = join(installed, 'dist/plan.cjs.cache');
    expect(readFileSync(codeCache).equals(readFileSync(join(ROOT, 'dist/plan.cjs.cache')))).toBe(true);
    // Where it is missing (or made by another Node) the first run writes it, atomically.
    rmSync(codeCache);
    expect(run(['validate', '--as-of', '2025-01-10'])).toMatch(/Hợp lệ: 1 kế hoạch/);
    expect(statSync(codeCache).size).toBeGreaterThan(100_000);
    expect(readdirSync(join(installed, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
