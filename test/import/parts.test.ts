/** A total with its parts ("trong đó"): each part a target of its own, judged, with partOf naming its total (issue 13). */
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/check/validate-plan.js';
import { runCli } from '../helpers/cli.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { draftOf } from './corpus/measure.js';

const partsOf = (targets: { id: string; name: string; partOf?: string }[]) =>
  targets.filter((t) => t.partOf !== undefined).map((t) => [t.name, targets.find((x) => x.id === t.partOf)?.name]);

describe('parts under their total', () => {
  it('tam-phuoc-2022: "772 ha, trong đó:" then "+ Lúa 507 ha", "+ Màu và Cây CNNN: 265 ha" on their own lines', async () => {
    const d = await draftOf('tam-phuoc-2022.txt');
    expect(partsOf(d.targets).slice(0, 2)).toEqual([
      [expect.stringMatching(/^Lúa/u), expect.stringMatching(/tổng diện tích gieo trồng/iu)],
      [expect.stringMatching(/^Màu và Cây CNNN/u), expect.stringMatching(/tổng diện tích gieo trồng/iu)],
    ]);
    expect(d.targets.find((t) => t.partOf !== undefined)!.assumed?.partOf).toMatch(/trong đó/u);
  });

  it('nhu-xuan-2020-2025: "đạt 16%, trong đó: nông, lâm, thủy sản tăng 6%; công nghiệp - xây dựng tăng 18,4%; dịch vụ tăng 18,2%"', async () => {
    const d = await draftOf('nhu-xuan-2020-2025.txt');
    const growth = partsOf(d.targets).filter(([, total]) => /Tốc độ tăng giá trị sản xuất/u.test(total ?? ''));
    expect(growth.map(([name]) => name)).toEqual([expect.stringMatching(/Nông, lâm, thủy sản/u), expect.stringMatching(/công nghiệp - xây dựng/iu), expect.stringMatching(/dịch vụ/iu)]);
    // The next numbered item is no part: "2. Thu nhập bình quân đầu người/năm ...".
    expect(d.targets.find((t) => /Thu nhập bình quân/u.test(t.name))?.partOf).toBeUndefined();
  });
});

describe('partOf in a plan: validated, shown under its total', () => {
  const targets = (partOf: string) => `targets:
  - id: gieo-trong
    name: Tổng diện tích gieo trồng
    wording: "Thực hiện tổng diện tích gieo trồng 772 ha, trong đó:"
    unit: ha
    comparison: { kind: at-least, value: 772 }
    direction: higher
    accrual: level
    lead: vh-xh
  - id: bhyt
    name: Tỷ lệ người tham gia bảo hiểm y tế
    wording: Tỷ lệ người tham gia bảo hiểm y tế toàn dân đạt trên 95%.
    unit: "%"
    comparison: { kind: above, value: 95 }
    direction: higher
    accrual: level
    lead: vh-xh
  - id: lua
    name: Lúa
    wording: Lúa 507 ha
    unit: ha
    comparison: { kind: at-least, value: 507 }
    direction: higher
    accrual: level
    lead: vh-xh
    partOf: ${partOf}
`;
  it('an unknown total is unknown-ref at partOf', () => {
    const dir = writePlan({ ...minimalPlan(), 'targets.yaml': targets('gieo-trongg') });
    const d = validatePlan(dir, { cwd: dir, asOf: '2024-07-01' }).all;
    expect(d.map((x) => [x.code, x.params.kind])).toEqual([['unknown-ref', 'target']]);
  });
  it('plan status lists the part right under its total, as "+ Lúa" one level in, judged on its own; the JSON names its total', async () => {
    const dir = writePlan({ ...minimalPlan(), 'targets.yaml': targets('gieo-trong') });
    const table = await runCli(['status', dir, '--as-of', '2024-07-01', '--format', 'markdown'], { cwd: dir });
    const rows = table.stdout.split('\n').filter((l) => /^\| \d+ \|/u.test(l));
    expect(rows.map((r) => r.split('|')[2]!.trim())).toEqual(['Tổng diện tích gieo trồng', '&emsp;+ Lúa', 'Tỷ lệ người tham gia bảo hiểm y tế']);
    const json = JSON.parse((await runCli(['status', dir, '--as-of', '2024-07-01', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.targets.map((t: { id: string; partOf?: string }) => [t.id, t.partOf ?? null])).toEqual([['gieo-trong', null], ['lua', 'gieo-trong'], ['bhyt', null]]);
  });
});
