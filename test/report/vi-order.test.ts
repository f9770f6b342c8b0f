import { describe, expect, it } from 'vitest';
import { compareIds, compareViNumeric } from '../../src/report/vi-order.js';

const collator = new Intl.Collator('vi', { numeric: true });

describe('compareViNumeric: Intl.Collator("vi", numeric) without a collator for ids', () => {
  // a, b -> sign (each row is also what the collator says, checked below)
  const table: [string, string, number][] = [
    ['kt-02', 'kt-03', -1],
    ['kt-10', 'kt-9', 1], // digits by value
    ['dc-xd', 'pho-chu-tich', -1],
    ['kt', 'kt-01', -1], // a prefix first
    ['a_b', 'a-b', -1], // '_' < '-' < '.' < digits < letters
    ['a-b', 'a.b', -1],
    ['a.b', 'a0', -1],
    ['a9', 'aa', -1],
    ['kt-01', 'kt-1', 0], // equal at the first level: the collator decides
    ['Công an', 'công an', 1], // not an id: the collator decides (lower case first)
    ['Phường 10', 'Phường 9', 1],
    ['đoàn', 'dân', 1],
  ];
  it.each(table)('%s vs %s -> %s, as Intl.Collator', (a, b, sign) => {
    expect(Math.sign(compareViNumeric(a, b))).toBe(sign);
    expect(Math.sign(collator.compare(a, b))).toBe(sign);
  });

  it('agrees with the collator on a sweep of ids (both orders, both sensitivities)', () => {
    const base = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abdkmz0123456789._-0';
    const id = () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const misses: string[] = [];
    let decided = 0;
    for (let k = 0; k < 30000; k++) {
      const a = id();
      const b = next() < 0.3 ? id() : a.slice(0, Math.floor(next() * a.length)) + id().slice(0, 2);
      const ours = compareIds(a, b);
      if (ours === undefined) continue;
      decided++;
      if (ours !== Math.sign(collator.compare(a, b)) || ours !== Math.sign(base.compare(a, b))) misses.push(`${a} ${b}: ${ours}`);
    }
    expect(decided).toBeGreaterThan(25000);
    expect(misses.slice(0, 10)).toEqual([]);
  });
});
