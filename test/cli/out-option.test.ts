import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { emitFormatted } from '../../src/cli/emit-report.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { CLI_MESSAGES } from '../../src/i18n/cli-messages.js';
import type { Format, ReportSource } from '../../src/render/format.js';
import { FORMAT_NAMES } from '../../src/render/formats.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

const REPO = resolve(EXAMPLE_PLANS, '..');

describe('--out and --force (status, overdue)', () => {
  it('every format writes to --out exactly what it prints; an existing file needs --force', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-out-'));
    for (const command of ['status', 'overdue']) {
      for (const format of FORMAT_NAMES) {
        const argv = [command, '--as-of', '2024-06-14', '--format', format];
        const printed = await runCli(argv, { cwd: REPO });
        const file = join(dir, `${command}.${format}`);
        const written = await runCli([...argv, '--out', file], { cwd: REPO });
        expect(written.code).toBe(0);
        expect(written.stdout).toBe('');
        expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
        const again = await runCli([...argv, '--out', file], { cwd: REPO });
        expect(again.code).toBe(2);
        expect(again.stderr).toContain('đã có');
        expect(again.stderr).toContain('--force');
      }
    }
    const file = join(dir, 'old.md');
    writeFileSync(file, 'old');
    expect((await runCli(['status', '--as-of', '2024-06-14', '--format', 'markdown', '-o', file, '--force'], { cwd: REPO })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^## Kế hoạch 05\/KH-UBND/);
  });

  it('an unwritable --out is a usage error (exit 2) with the reason, nothing printed', async () => {
    const r = await runCli(['status', '--as-of', '2024-06-14', '--out', join(tmpdir(), 'no-such-folder-plan', 'x.txt')], { cwd: REPO });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('x.txt');
  });
});

describe('binary formats', () => {
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
  const binary: Format = { binary: true, banner: 'output', describe: { vi: 'thử', en: 'test' }, render: async () => bytes };
  const source: ReportSource = {
    lang: 'vi',
    illustrative: false,
    document: () => {
      throw new Error('not used');
    },
    data: () => {
      throw new Error('not used');
    },
    json: () => '{}',
  };
  const ctx = (cwd: string, out: string[]): CommandContext => ({
    io: { stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), env: {}, cwd, stdoutIsTTY: false, stdinIsTTY: false, columns: 80, today: () => '2024-06-14' },
    lang: 'vi',
    text: CLI_MESSAGES.vi,
    chalk: new Chalk({ level: 0 }),
    workers: undefined,
    planCache: undefined,
  });

  it('require --out, and are written byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-bin-'));
    const printed: string[] = [];
    await expect(emitFormatted(source, 'docx', binary, ctx(dir, printed), { bom: false, force: false })).rejects.toThrow(UsageError);
    expect(printed).toEqual([]);
    await emitFormatted(source, 'docx', binary, ctx(dir, printed), { bom: false, force: false, out: 'bc.docx' });
    expect(new Uint8Array(readFileSync(join(dir, 'bc.docx')))).toEqual(bytes);
    expect(printed).toEqual([]);
  });
});
