/**
 * plan import's bounds (issue 9 items 9 and 13): a .docx zip bomb is refused with exit 2 in a
 * heap-capped process, never a crash; a 50 MB .md is refused before anything is written; a 5 MB
 * document imports or is refused within 512 MB. Run as real processes (the built bin/plan.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDeflate, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeDocx } from './make-docx.js';

const BIN = resolve(import.meta.dirname, '../../bin/plan.js');
const tmp = () => mkdtempSync(join(tmpdir(), 'plan-import-bounds-'));

function plan(args: string[], cwd: string, heapMb: number) {
  return spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
}

/** Deflates `chunk` repeated `times` times, in bounded memory (raw for a zip, zlib-wrapped for a PDF). */
async function deflateRepeated(chunk: Buffer, times: number, wrap: 'raw' | 'zlib' = 'raw'): Promise<Buffer> {
  const z = wrap === 'raw' ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((r) => z.on('end', () => r()));
  for (let i = 0; i < times; i++) if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  z.end();
  await done;
  return Buffer.concat(out);
}

/** A zip whose headers claim tiny sizes (they lie), holding the given deflated entries. */
function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(1000, 22); // the lie: "1000 bytes uncompressed"
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(1000, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('plan import bounds', () => {
  it('a .docx bomb (under 1 MB holding 200 MB of paragraphs, headers lying) is refused with exit 2 in a 256 MB heap', async () => {
    const dir = tmp();
    const paragraph = Buffer.from('<w:p><w:r><w:t>Tỷ lệ hộ nghèo giảm còn 0,8%.</w:t></w:r></w:p>'.repeat(1000));
    const body = await deflateRepeated(paragraph, Math.ceil((200 * 1024 * 1024) / paragraph.length));
    const head = deflateRawSync(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'));
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: head },
      { name: 'word/document.xml', data: body },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    writeFileSync(join(dir, 'bom.docx'), bomb);
    const res = plan(['import', 'bom.docx', '--out', 'out', '--as-of', '2024-07-01'], dir, 256);
    expect(res.status, res.stderr).toBe(2);
    expect(res.stderr).toMatch(/giải nén ra quá 64,0 MB/u);
    expect(res.stderr).not.toMatch(/FATAL|heap|\n\s+at /u);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 180_000);

  it('a .pdf bomb (a page whose content stream of under 1 MB inflates to 200 MB) is refused with exit 2 in a 256 MB heap', async () => {
    const dir = tmp();
    const line = Buffer.from('BT /F1 12 Tf 72 720 Td (Ty le ho ngheo giam con 0,8%) Tj ET\n'.repeat(1000));
    const content = await deflateRepeated(line, Math.ceil((200 * 1024 * 1024) / line.length), 'zlib');
    expect(content.length).toBeLessThan(1024 * 1024);
    const head = Buffer.from(
      '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
        '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj\n' +
        `4 0 obj <</Length ${content.length}/Filter/FlateDecode>>\nstream\n`,
    );
    writeFileSync(join(dir, 'bom.pdf'), Buffer.concat([head, content, Buffer.from('\nendstream\nendobj\ntrailer <</Root 1 0 R>>\n%%EOF\n')]));
    const res = plan(['import', 'bom.pdf', '--out', 'out', '--as-of', '2024-07-01'], dir, 256);
    expect(res.status, res.stderr).toBe(2);
    expect(res.stderr).toMatch(/giải nén ra quá 64,0 MB/u);
    expect(res.stderr).not.toMatch(/FATAL|heap|\n\s+at /u);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 180_000);

  it('a 50 MB .md is refused before reading (exit 2), nothing written', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'lon.md'), `# KẾ HOẠCH\n\n${'- Tỷ lệ hộ nghèo giảm còn 0,8%.\n'.repeat(1_700_000)}`);
    const res = plan(['import', 'lon.md', '--out', 'out', '--as-of', '2024-07-01'], dir, 512);
    expect(res.status, res.stderr).toBe(2);
    expect(res.stderr).toMatch(/quá lớn/u);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 120_000);

  it('a 5 MB .docx imports or is refused with a clear message within 512 MB, never a crash', async () => {
    const dir = tmp();
    const rows = Array.from({ length: 40_000 }, (_, i) => ({ text: `- Tiếp tục thực hiện nhiệm vụ số ${i} về quản lý đô thị, vệ sinh môi trường, trật tự an toàn giao thông khu dân cư ${i % 97}.` }));
    const docx = await makeDocx([{ text: 'KẾ HOẠCH', bold: true }, { text: 'Thực hiện nhiệm vụ năm 2024' }, { text: 'II. NHIỆM VỤ, GIẢI PHÁP', bold: true }, { text: '1. Lĩnh vực kinh tế', bold: true }, ...rows], 'DEFLATE');
    writeFileSync(join(dir, 'lon.docx'), docx);
    const res = plan(['import', 'lon.docx', '--dry-run', '--as-of', '2024-07-01'], dir, 512);
    expect([0, 2], res.stderr.slice(0, 500)).toContain(res.status);
    expect(res.stderr).not.toMatch(/FATAL|heap out of memory|\n\s+at /u);
  }, 180_000);
});
