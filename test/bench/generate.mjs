#!/usr/bin/env node
// Synthetic ward plans for the benchmark and the rollup tests: N plan folders shaped like the Phường 1
// plan (plans/2024): plan.yaml, units, legal bases, ~12 targets of varied comparison kinds, ~50 tasks in
// one file per section, a year of monthly figures per target in progress/<target>.yaml, task check-ins,
// Vietnamese text with diacritics. Deterministic: the same seed and ward number give the same bytes.
//
//   node test/bench/generate.mjs wards OUT_DIR N [--seed S]   -> OUT_DIR/wards/<code>/plans/2024/...
//   node test/bench/generate.mjs ten-years OUT_DIR            -> OUT_DIR/plans/2024 (the example, ~10x entries)
//
// Every generated plan validates (exit 0) as of 2024-12-31; run.mjs checks it before timing.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SEED = 20240119;

/** mulberry32: a small seeded PRNG (same numbers on every machine). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    round: (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits,
  };
}

const q = (s) => JSON.stringify(s); // a double-quoted YAML scalar (JSON strings are valid YAML)
const pad2 = (n) => String(n).padStart(2, '0');
const vn = (x) => String(x).replace('.', ','); // "11,16" in Vietnamese wording

// ---------------------------------------------------------------------------------------------------
// Names

const NAMES = [
  'An Phú', 'An Khánh', 'Bến Nghé', 'Bến Thành', 'Tân Định', 'Đa Kao', 'Hòa Bình', 'Hòa Thạnh', 'Hiệp Ninh',
  'Ninh Sơn', 'Ninh Thạnh', 'Tân Bình', 'Thạnh Tân', 'Bình Minh', 'Long Hoa', 'Long Thành Bắc', 'Long Thành Trung',
  'Trường Đông', 'Trường Tây', 'Gia Lộc', 'Gia Bình', 'Phước Đông', 'Phước Chỉ', 'Hưng Thuận', 'Đôn Thuận',
  'Thạnh Đức', 'Cẩm Giang', 'Bàu Đồn', 'Phan', 'Suối Đá', 'Tân Hưng', 'Tân Phong', 'Mỏ Công', 'Trà Vong',
  'Quang Trung', 'Lê Lợi', 'Trần Phú', 'Nguyễn Trãi', 'Điện Biên', 'Hàng Bạc', 'Hàng Trống', 'Cửa Nam',
  'Đồng Xuân', 'Phúc Xá', 'Ngọc Hà', 'Kim Mã', 'Cống Vị', 'Quỳnh Mai', 'Vĩnh Tuy', 'Yên Hòa', 'Dịch Vọng',
  'Mỹ Đình', 'Xuân Đỉnh', 'Thụy Phương', 'Đông Ngạc', 'Ái Quốc', 'Ân Hảo', 'Ea Tu', 'Ia Kha', 'Đắk Mil',
];

export function wardName(i) {
  const r = rng(DEFAULT_SEED ^ (i * 2654435761));
  if (i < 30) return `Phường ${i + 1}`; // the first ones are numbered, like Phường 1 of Tây Ninh
  const base = NAMES[i % NAMES.length];
  const round = Math.floor(i / NAMES.length);
  const kind = r.chance(0.4) ? 'Xã' : 'Phường';
  return round <= 1 ? `${kind} ${base}` : `${kind} ${base} ${round}`;
}

export const wardCode = (i) => String(i + 1).padStart(5, '0');

// ---------------------------------------------------------------------------------------------------
// Plan header, units, legal bases

const SECTIONS = [
  ['II.1', 'Lĩnh vực kinh tế', 'Kinh tế', 'kinh-te', 'kt'],
  ['II.2', 'Hoạt động Văn hóa – Xã hội', 'Văn hóa - Xã hội', 'van-hoa-xa-hoi', 'vhxh'],
  ['II.3', 'Lĩnh vực tư pháp, quốc phòng - an ninh', 'Tư pháp, QP-AN', null, null],
  ['II.3.1', 'Lĩnh vực tư pháp', 'Tư pháp', 'tu-phap', 'tp'],
  ['II.3.2', 'Lĩnh vực Quốc phòng', 'Quốc phòng', 'quoc-phong', 'qp'],
  ['II.3.3', 'Lĩnh vực an ninh - trật tự', 'An ninh - trật tự', 'an-ninh-trat-tu', 'antt'],
  ['II.4', 'Nâng cao hiệu lực quản lý nhà nước', 'Quản lý nhà nước', 'quan-ly-nha-nuoc', 'qlnn'],
  ['II.5', 'Các hoạt động khác', 'Hoạt động khác', 'hoat-dong-khac', 'khac'],
];

const UNITS = [
  ['chu-tich', 'Chủ tịch UBND', 'CT UBND', 'lanh-dao'],
  ['pho-chu-tich', 'Phó Chủ tịch UBND', 'PCT UBND', 'lanh-dao'],
  ['vp-tk', 'Công chức Văn phòng - Thống kê', 'VP-TK', 'cong-chuc'],
  ['tc-kt', 'Công chức Tài chính - Kế toán', 'TC-KT', 'cong-chuc'],
  ['dc-xd', 'Công chức Địa chính - Xây dựng - Đô thị và Môi trường', 'ĐC-XD', 'cong-chuc'],
  ['tp-ht', 'Công chức Tư pháp - Hộ tịch', 'TP-HT', 'cong-chuc'],
  ['vh-xh', 'Công chức Văn hóa - Xã hội', 'VH-XH', 'cong-chuc'],
  ['quan-su', 'Ban Chỉ huy Quân sự', 'BCH QS', 'quan-su'],
  ['cong-an', 'Công an', 'CA', 'cong-an'],
  ['tram-y-te', 'Trạm Y tế', 'TYT', 'y-te'],
  ['khu-pho', 'Trưởng các khu phố, ấp', 'Khu phố', 'khu-pho'],
  ['mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'MTTQ', 'mat-tran'],
  ['hoi-lhpn', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN', 'doan-the'],
  ['doan-tn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn TN', 'doan-the'],
  ['hoi-ccb', 'Hội Cựu chiến binh', 'Hội CCB', 'doan-the'],
  ['hoi-nd', 'Hội Nông dân', 'Hội ND', 'doan-the'],
  ['hoi-ctd', 'Hội Chữ thập đỏ', 'Hội CTĐ', 'doan-the'],
  ['hoi-kh', 'Hội Khuyến học', 'Hội KH', 'doan-the'],
  ['dai-truyen-thanh', 'Đài truyền thanh', 'Đài TT', 'don-vi-khac'],
  ['truong-hoc', 'Các trường mầm non, tiểu học trên địa bàn', 'Trường học', 'don-vi-khac'],
];
const UNIT_IDS = UNITS.map((u) => u[0]);

function header(name, r, n) {
  const symbolNo = pad2(r.int(1, 60));
  const sections = SECTIONS.map(([id, title, short]) => `    - id: ${q(id)}\n      title: ${q(title)}\n      short: ${q(short)}\n`).join('');
  return `# yaml-language-server: $schema=../plan.schema.json
# Phần đầu và phần cuối của Kế hoạch số ${symbolNo}/KH-UBND của UBND ${name} (dữ liệu tổng hợp để đo hiệu năng).
plan:
  id: kh-${symbolNo}-ubnd-2024
  symbol: "${symbolNo}/KH-UBND"
  title: "Thực hiện các nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2024"
  issuer: ${q(`Ủy ban nhân dân ${name}`)}
  place: ${q(name)}
  issued: 2024-01-${pad2(r.int(5, 25))}
  year: 2024
  periods:
    - id: nam-hoc-2024-2025
      name: "năm học 2024-2025"
      start: 2024-09-05
      end: 2025-05-31
  objective: ${q(`Đảm bảo thực hiện đạt và vượt các chỉ tiêu Nghị quyết số ${pad2(n)}/NQ-HĐND của Hội đồng nhân dân ${name}. Quan tâm chú trọng thực hiện có hiệu quả công tác cải cách thủ tục hành chính theo hướng hiện đại; thực hiện tốt các chính sách an sinh xã hội; bảo vệ và chăm sóc tốt sức khỏe nhân dân; tăng cường kỷ luật, kỷ cương công vụ; xây dựng cộng đồng dân cư văn minh, thân thiện; giữ vững an ninh chính trị - trật tự an toàn xã hội.`)}
  bases:
    - nq-hdnd
  sections:
${sections}  implementation:
    - ${q('Từng thành viên UBND chủ động đeo bám địa bàn được phân công phụ trách và lĩnh vực được giao để kịp thời giúp đỡ và giải quyết những khó khăn, vướng mắc.')}
    - ${q('Trên cơ sở các mục tiêu, nhiệm vụ, chỉ tiêu cụ thể đề ra, công chức chuyên môn, các ban, ngành, trưởng các khu phố, ấp cụ thể hóa kế hoạch này thành kế hoạch của ngành mình để tổ chức thực hiện đạt hiệu quả cao.')}
    - ${q(`Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội ${name} phối hợp vận động mọi tầng lớp Nhân dân tham gia thực hiện thắng lợi nhiệm vụ năm 2024.`)}
  recipients:
    - "UBND cấp trên;"
    - ${q(`TT. Đảng ủy ${name};`)}
    - ${q(`TT. HĐND ${name};`)}
    - "Lưu: VT."
  signer:
    onBehalfOf: "TM. ỦY BAN NHÂN DÂN"
    title: "CHỦ TỊCH"
    name: ${q(r.pick(['Trần Hữu Ngọc', 'Nguyễn Thị Hồng', 'Lê Văn Đức', 'Phạm Minh Tuấn', 'Võ Thị Lan', 'Đặng Quốc Huy', 'Huỳnh Thị Ánh']))}
  reporting:
    convention: nd-09-2019
    cadence: monthly
`;
}

function units(name) {
  const rows = UNITS.map(([id, n, short, kind]) => {
    const full = ['lanh-dao', 'cong-an', 'quan-su', 'y-te', 'mat-tran', 'doan-the'].includes(kind) ? `${n} ${name}` : n;
    return `  - id: ${id}\n    name: ${q(full)}\n    short: ${q(short)}\n    kind: ${kind}\n`;
  });
  return `# yaml-language-server: $schema=../plan.schema.json\n# Các đơn vị chịu trách nhiệm (chủ trì, phối hợp) của ${name} năm 2024.\nunits:\n${rows.join('')}`;
}

function legalBases(name, n) {
  const rows = [
    ['nq-hdnd', 'nghi-quyet', `${pad2(n)}/NQ-HĐND`, `Hội đồng nhân dân ${name}`, '2023-12-20', 'Về phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2024'],
    ['nd-144', 'nghi-dinh', '144/2021/NĐ-CP', 'Chính phủ', '2021-12-31', 'Quy định xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự, an toàn xã hội'],
    ['tt-124', 'thong-tu', '124/2021/TT-BCA', 'Bộ Công an', '2021-12-28', 'Quy định về khen thưởng, xử lý vi phạm trong thực hiện công tác bảo đảm an ninh, trật tự'],
    ['ct-39', 'chi-thi', '39-CT/TW', 'Ban Bí thư', '2019-10-30', 'Về nâng cao hiệu quả công tác giáo dục chính trị, tư tưởng'],
    ['nd-09', 'nghi-dinh', '09/2019/NĐ-CP', 'Chính phủ', '2019-01-24', 'Quy định chế độ báo cáo của cơ quan hành chính nhà nước'],
    ['nq-11-cp', 'nghi-quyet', '11/NQ-CP', 'Chính phủ', '2011-02-24', 'Về những giải pháp chủ yếu bảo đảm an sinh xã hội'],
    ['qd-04', 'quyet-dinh', '04/2022/QĐ-TTg', 'Thủ tướng Chính phủ', '2022-02-18', 'Quy định tiêu chí, trình tự, thủ tục xét, công nhận đô thị văn minh'],
    ['kh-ubnd-cap-tren', 'ke-hoach', `${pad2(n + 100)}/KH-UBND`, 'Ủy ban nhân dân cấp trên', '2024-01-05', 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024'],
  ];
  const body = rows
    .map(([id, kind, symbol, issuer, date, title]) => `  - id: ${id}\n    kind: ${kind}\n    symbol: ${q(symbol)}\n    issuer: ${q(issuer)}\n    date: ${date}\n    title: ${q(title)}\n`)
    .join('');
  return `# yaml-language-server: $schema=../plan.schema.json\n# Các căn cứ pháp lý mà kế hoạch viện dẫn.\nlegalBases:\n${body}`;
}

// ---------------------------------------------------------------------------------------------------
// Targets: a pool of kinds; each ward takes the 8 common ones and 4 of the others

/**
 * Each template: {id, name, unit, section, lead, support, make(r) -> {comparison YAML, wording, level, final}}.
 * `final` is the year-end figure (level targets) or the yearly total (sum targets); entries walk towards it.
 */
const TARGETS = [
  {
    id: 'thu-ngan-sach', name: 'Thu ngân sách Nhà nước', unit: 'triệu đồng', section: 'II.1', lead: 'tc-kt', support: ['chu-tich', 'khu-pho'],
    accrual: 'sum', direction: 'higher',
    make(r) {
      const v = r.int(30, 250) * 100;
      return {
        wording: 'Thu ngân sách Nhà nước đạt chỉ tiêu trên giao và phấn đấu tăng từ 3-5%.',
        comparison: `    comparison:\n      kind: assigned\n      value: ${v}\n      assignedBy: "UBND cấp trên"\n    stretch:\n      kind: change\n      direction: increase\n      as: percent\n      amount: 3\n      amountMax: 5\n      relativeTo: binding\n`,
        final: Math.round(v * (0.93 + r.next() * 0.16)),
      };
    },
  },
  ...[
    ['thu-gom-rac', 'Tỷ lệ thu gom rác', 'II.1', 'dc-xd', ['khu-pho'], (v) => `Tỷ lệ thu gom rác đạt ${v}%.`, 88, 97],
    ['gia-dinh-van-hoa', 'Tỷ lệ hộ gia đình văn hóa', 'II.2', 'vh-xh', ['mttq', 'khu-pho'], (v) => `Tỷ lệ hộ gia đình văn hóa: từ ${v}% trở lên.`, 85, 95],
    ['hoa-giai', 'Tỷ lệ hòa giải thành', 'II.3.1', 'tp-ht', ['mttq'], (v) => `Tỷ lệ hòa giải thành đạt từ ${v}% trở lên.`, 80, 92],
    ['tiem-chung', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', 'II.2', 'tram-y-te', ['vh-xh'], (v) => `Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt từ ${v}% trở lên.`, 92, 98],
    ['khu-pho-van-hoa', 'Tỷ lệ khu phố, ấp đạt chuẩn văn hóa', 'II.2', 'vh-xh', ['khu-pho', 'mttq'], (v) => `Tỷ lệ khu phố, ấp đạt chuẩn văn hóa đạt từ ${v}% trở lên.`, 70, 90],
  ].map(([id, name, section, lead, support, wording, lo, hi]) => ({
    id, name, unit: '%', section, lead, support, accrual: 'level', direction: 'higher',
    make(r) {
      const v = r.int(lo, hi);
      return { wording: wording(v), comparison: `    comparison:\n      kind: at-least\n      value: ${v}\n`, final: Math.min(100, r.round(v + (r.next() - 0.55) * 6, 1)) };
    },
  })),
  {
    id: 'bhyt', name: 'Tỷ lệ người tham gia bảo hiểm y tế toàn dân', unit: '%', section: 'II.2', lead: 'vh-xh', support: ['tram-y-te', 'khu-pho'],
    accrual: 'level', direction: 'higher',
    make(r) {
      const v = r.int(88, 95);
      return { wording: `Tỷ lệ người tham gia bảo hiểm y tế toàn dân đạt trên ${v}%.`, comparison: `    comparison:\n      kind: above\n      value: ${v}\n`, final: Math.min(100, r.round(v + (r.next() - 0.45) * 4, 1)) };
    },
  },
  {
    id: 'suy-dinh-duong', name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', unit: '%', section: 'II.2', lead: 'tram-y-te', support: ['vh-xh', 'hoi-lhpn'],
    accrual: 'level', direction: 'lower',
    make(r) {
      const v = r.round(8 + r.next() * 8, 2);
      return { wording: `Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới ${vn(v)}%.`, comparison: `    comparison:\n      kind: below\n      value: ${v}\n`, final: r.round(v + (r.next() - 0.6) * 2, 2) };
    },
  },
  {
    id: 'nuoc-sach', name: 'Tỷ lệ hộ sử dụng nước sạch, hợp vệ sinh', unit: '%', section: 'II.1', lead: 'dc-xd', support: ['khu-pho'],
    accrual: 'level', direction: 'higher',
    make(r) {
      return { wording: 'Tỷ lệ hộ sử dụng nước sạch, hợp vệ sinh 100%.', comparison: '    comparison:\n      kind: exactly\n      value: 100\n', final: r.chance(0.5) ? 100 : r.round(97 + r.next() * 3, 1) };
    },
  },
  {
    id: 'ho-can-ngheo', name: 'Số hộ cận nghèo', unit: 'hộ', section: 'II.2', lead: 'vh-xh', support: ['mttq', 'khu-pho'],
    accrual: 'level', direction: 'lower',
    make(r) {
      const base = r.int(8, 60);
      const by = r.int(1, Math.max(1, Math.floor(base / 4)));
      return {
        wording: `Giảm ${pad2(by)} hộ cận nghèo.`,
        comparison: `    comparison:\n      kind: change\n      direction: decrease\n      as: count\n      amount: ${by}\n    baseline:\n      value: ${base}\n      date: 2023-12-31\n      source: "Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2023"\n`,
        final: Math.max(0, base - by + r.int(-2, 2)),
      };
    },
  },
  // optional ones
  {
    id: 'tre-6-tuoi-lop-1', name: 'Tỷ lệ trẻ 6 tuổi ra lớp 1', unit: '%', section: 'II.2', lead: 'vh-xh', support: ['truong-hoc', 'khu-pho'],
    accrual: 'level', direction: 'higher', period: 'nam-hoc-2024-2025',
    make(r) {
      return { wording: 'Trẻ 6 tuổi ra lớp 1 năm học 2024-2025 đạt 100%.', comparison: '    comparison:\n      kind: exactly\n      value: 100\n', final: r.chance(0.6) ? 100 : r.round(98 + r.next() * 2, 1) };
    },
  },
  {
    id: 'do-thi-van-minh', name: 'Số tiêu chí đạt chuẩn đô thị văn minh được duy trì', unit: 'tiêu chí', section: 'II.2', lead: 'vh-xh', support: ['mttq'],
    accrual: 'level', direction: 'higher',
    make(r) {
      const v = r.int(3, 9);
      return { wording: `Duy trì ${v}/52 tiêu chí đạt chuẩn đô thị văn minh.`, comparison: `    comparison:\n      kind: maintain\n      value: ${v}\n      outOf: 52\n`, final: v + r.int(-1, 1) };
    },
  },
  {
    id: 'nhap-ngu', name: 'Số công dân nhập ngũ', unit: 'người', section: 'II.3.2', lead: 'quan-su', support: ['cong-an', 'khu-pho'],
    accrual: 'level', direction: 'higher',
    make(r) {
      const given = r.chance(0.7);
      const v = r.int(5, 25);
      return {
        wording: 'Tuyển chọn công dân nhập ngũ năm 2024 đạt chỉ tiêu kế hoạch được giao.',
        comparison: `    comparison:\n      kind: assigned\n${given ? `      value: ${v}\n` : ''}      assignedBy: "Hội đồng nghĩa vụ quân sự cấp trên"\n`,
        final: Math.max(0, v + r.int(-2, 1)),
      };
    },
  },
  {
    id: 'tai-nan-giao-thong', name: 'Số vụ tai nạn giao thông', unit: 'vụ', section: 'II.3.3', lead: 'cong-an', support: ['doan-tn'],
    accrual: 'level', direction: 'lower',
    make(r) {
      const v = r.int(1, 6);
      return { wording: `Số vụ tai nạn giao thông không quá ${v} vụ.`, comparison: `    comparison:\n      kind: at-most\n      value: ${v}\n`, final: Math.max(0, v + r.int(-2, 2)) };
    },
  },
  {
    id: 'viec-lam', name: 'Số lao động được giải quyết việc làm', unit: 'lao động', section: 'II.1', lead: 'vh-xh', support: ['doan-tn', 'hoi-lhpn'],
    accrual: 'sum', direction: 'higher',
    make(r) {
      const lo = r.int(20, 150);
      const hi = lo + r.int(5, 30);
      return { wording: `Giải quyết việc làm cho ${lo}-${hi} lao động.`, comparison: `    comparison:\n      kind: range\n      min: ${lo}\n      max: ${hi}\n`, final: Math.round(lo * (0.9 + r.next() * 0.4)) };
    },
  },
  {
    id: 'ho-ngheo', name: 'Tỷ lệ hộ nghèo', unit: '%', section: 'II.2', lead: 'vh-xh', support: ['mttq'],
    accrual: 'level', direction: 'lower',
    make(r) {
      const v = r.round(0.5 + r.next() * 2, 2);
      return { wording: `Tỷ lệ hộ nghèo dưới ${vn(v)}%.`, comparison: `    comparison:\n      kind: below\n      value: ${v}\n`, final: r.round(Math.max(0, v + (r.next() - 0.6) * 0.6), 2) };
    },
  },
];
const COMMON = 8;

function chooseTargets(r) {
  const optional = TARGETS.slice(COMMON);
  const chosen = [];
  while (chosen.length < 4) {
    const t = r.pick(optional);
    if (!chosen.includes(t)) chosen.push(t);
  }
  return [...TARGETS.slice(0, COMMON), ...chosen];
}

const NOTES = [
  'Số liệu lấy từ báo cáo tháng của bộ phận chuyên môn.',
  'Đã đối chiếu với số liệu của cơ quan cấp trên.',
  'Số liệu tạm tính, chờ rà soát cuối kỳ.',
  'Tăng so với tháng trước nhờ đợt vận động cao điểm.',
];
const SOURCES = {
  'tc-kt': 'Kho bạc Nhà nước',
  'tram-y-te': 'Trạm Y tế',
  'vh-xh': 'Báo cáo của công chức Văn hóa - Xã hội',
  'dc-xd': 'Công ty Công trình đô thị',
  'tp-ht': 'Sổ theo dõi hòa giải ở cơ sở',
  'quan-su': 'Ban Chỉ huy Quân sự',
  'cong-an': 'Công an',
};

/** Monthly figures (dated the 14th, as under Nghị định 09/2019) walking towards the year-end figure. */
function progressFile(t, final, r, months = 12) {
  const rows = [];
  const unitIsPercent = t.unit === '%';
  const start = t.accrual === 'sum' ? 0 : t.direction === 'higher' ? final * (0.9 + r.next() * 0.05) : final * (1.05 + r.next() * 0.1);
  for (let m = 1; m <= months; m++) {
    const f = m / months;
    let v = start + (final - start) * f + (t.accrual === 'sum' ? 0 : (r.next() - 0.5) * Math.abs(final) * 0.01 * (1 - f));
    v = t.unit === '%' ? r.round(v, Math.abs(final) < 5 ? 2 : 1) : Number.isInteger(final) && t.unit !== 'triệu đồng' ? Math.round(v) : Math.round(v);
    if (unitIsPercent) v = Math.min(100, Math.max(0, v));
    if (m === months) v = final;
    const estimate = m === months - 1 && r.chance(0.3);
    let row = `  - target: ${t.id}\n    date: 2024-${pad2(m)}-14\n    value: ${v}\n`;
    if (estimate) row += '    estimate: true\n';
    row += `    source: ${q(SOURCES[t.lead] ?? 'Báo cáo của khu phố, ấp')}\n    by: ${t.lead}\n`;
    if (r.chance(0.15)) row += `    note: ${q(r.pick(NOTES))}\n`;
    rows.push(row);
  }
  return `# yaml-language-server: $schema=../../plan.schema.json\n# Số liệu tổng hợp (để đo hiệu năng): ${t.name} (${t.unit}).\nillustrative: true\nentries:\n${rows.join('')}`;
}

function targetsFile(chosen, r, renames) {
  const finals = new Map();
  const body = chosen
    .map((t) => {
      const made = t.make(r);
      const id = renames.get(t.id) ?? t.id;
      finals.set(t.id, made.final);
      return `  - id: ${id}
    name: ${q(t.name)}
    wording: ${q(made.wording)}
    unit: ${q(t.unit)}
    section: ${q(t.section)}
${made.comparison}    direction: ${t.direction}
    accrual: ${t.accrual}
${t.period ? `    period: ${t.period}\n` : ''}    lead: ${t.lead}
    support:
${t.support.map((s) => `      - ${s}\n`).join('')}    bases:
      - nq-hdnd
`;
    })
    .join('\n');
  return {
    text: `# yaml-language-server: $schema=../plan.schema.json\n# Các chỉ tiêu chủ yếu (phần I.2) của kế hoạch. "wording" giữ nguyên văn câu chỉ tiêu.\ntargets:\n${body}`,
    finals,
  };
}

// ---------------------------------------------------------------------------------------------------
// Tasks

const VERBS = ['Tiếp tục', 'Thường xuyên', 'Tăng cường', 'Đẩy mạnh', 'Duy trì', 'Chỉ đạo', 'Phối hợp', 'Tổ chức'];
const TASK_TEXTS = {
  'II.1': [
    'tạo điều kiện thuận lợi để phát triển ngành nghề kinh doanh, khuyến khích phát triển tiểu thủ công nghiệp, thương mại, dịch vụ nhằm tạo việc làm ổn định cho Nhân dân',
    'theo dõi tình hình đàn gia súc, gia cầm, cây trồng; phòng chống dịch bệnh đạt hiệu quả cao nếu có dịch bệnh xảy ra',
    'vận động nhân dân nạo vét kênh mương và sử dụng nước tưới tiết kiệm, hiệu quả, gieo trồng đạt theo kế hoạch đề ra',
    'quản lý về đất đai; kiểm tra, xử lý kịp thời các trường hợp san lấp mặt bằng, sử dụng đất sai mục đích, lấn chiếm đất công',
    'thu ngân sách, chống thất thu; đôn đốc các hộ kinh doanh nộp thuế đúng hạn, phấn đấu thu vượt dự toán được giao',
    'chỉnh trang đô thị, giữ gìn vệ sinh môi trường, thu gom rác thải sinh hoạt đúng giờ, đúng nơi quy định',
    'quản lý trật tự xây dựng, cấp phép xây dựng đúng quy định, xử lý nghiêm các công trình xây dựng không phép',
  ],
  'II.2': [
    'thực hiện tốt công tác phổ cập giáo dục, vận động trẻ trong độ tuổi ra lớp đầy đủ, giảm tỷ lệ học sinh bỏ học',
    'vận động nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện, hướng tới bảo hiểm y tế toàn dân',
    'chăm lo gia đình chính sách, người có công, hộ nghèo, hộ cận nghèo nhân dịp lễ, Tết',
    'thực hiện chương trình phòng, chống suy dinh dưỡng trẻ em, tiêm chủng mở rộng đầy đủ, đúng lịch',
    'xây dựng đời sống văn hóa ở khu dân cư, bình xét gia đình văn hóa, khu phố văn hóa đúng thực chất',
    'tuyên truyền phòng, chống dịch bệnh sốt xuất huyết, tay chân miệng; ra quân diệt lăng quăng định kỳ',
    'tổ chức các hoạt động thể dục thể thao, văn nghệ chào mừng các ngày lễ lớn của đất nước',
  ],
  'II.3.1': [
    'tuyên truyền, phổ biến, giáo dục pháp luật cho Nhân dân, nhất là các văn bản pháp luật mới ban hành',
    'kiện toàn tổ hòa giải ở cơ sở, nâng cao tỷ lệ hòa giải thành các vụ việc mâu thuẫn trong nhân dân',
    'thực hiện đăng ký hộ tịch, chứng thực đúng quy định, không để trễ hẹn hồ sơ của người dân',
  ],
  'II.3.2': [
    'xây dựng lực lượng dân quân tự vệ vững mạnh, huấn luyện đúng kế hoạch, sẵn sàng chiến đấu',
    'làm tốt công tác tuyển chọn và gọi công dân nhập ngũ, bảo đảm đủ chỉ tiêu, đúng luật',
    'giáo dục quốc phòng - an ninh cho các đối tượng theo phân cấp',
  ],
  'II.3.3': [
    'nắm chắc tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn, không để bị động bất ngờ',
    'duy trì họp tổ dân cư tự quản, tổ bảo vệ dân phố để thông báo thủ đoạn hoạt động của tội phạm',
    'kiểm tra các cơ sở kinh doanh có điều kiện về an ninh, trật tự, xử lý nghiêm vi phạm',
    'tuyên truyền bảo đảm trật tự an toàn giao thông, xử lý tình trạng lấn chiếm lòng lề đường',
  ],
  'II.4': [
    'đẩy mạnh cải cách thủ tục hành chính, thực hiện tốt cơ chế một cửa, một cửa liên thông',
    'niêm yết công khai thủ tục hành chính, tiếp nhận và giải quyết phản ánh, kiến nghị của người dân',
    'tiếp công dân, giải quyết khiếu nại, tố cáo đúng thời hạn, không để tồn đọng, kéo dài',
    'triển khai Đề án 06 về ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số',
    'thực hiện chế độ báo cáo định kỳ đúng thời gian quy định',
  ],
  'II.5': [
    'phối hợp Mặt trận Tổ quốc và các đoàn thể vận động Nhân dân tham gia phong trào Toàn dân đoàn kết xây dựng đô thị văn minh',
    'tổ chức tổng kết năm, đánh giá kết quả thực hiện kế hoạch, khen thưởng tập thể, cá nhân có thành tích',
  ],
};
const TASK_COUNTS = { 'II.1': 9, 'II.2': 11, 'II.3.1': 5, 'II.3.2': 5, 'II.3.3': 7, 'II.4': 9, 'II.5': 4 };
const TASK_LEADS = {
  'II.1': ['pho-chu-tich', 'tc-kt', 'dc-xd'],
  'II.2': ['vh-xh', 'tram-y-te', 'pho-chu-tich'],
  'II.3.1': ['tp-ht'],
  'II.3.2': ['quan-su'],
  'II.3.3': ['cong-an'],
  'II.4': ['vp-tk', 'chu-tich', 'tp-ht'],
  'II.5': ['chu-tich', 'mttq', 'vp-tk'],
};
const CADENCES = ['monthly', 'monthly', 'monthly', 'quarterly', 'half-yearly'];

function tasksFiles(name, r, targetIds) {
  const files = {};
  const checkIns = [];
  for (const [section, title, , slug, prefix] of SECTIONS) {
    if (!slug) continue;
    const texts = TASK_TEXTS[section];
    const rows = [];
    for (let k = 1; k <= TASK_COUNTS[section]; k++) {
      const id = `${prefix}-${pad2(k)}`;
      const text = `${r.pick(VERBS)} ${texts[(k - 1) % texts.length]}${k > texts.length ? ` trên địa bàn ${name}` : ''}.`;
      const lead = r.pick(TASK_LEADS[section]);
      const support = [...new Set([r.pick(UNIT_IDS), r.pick(UNIT_IDS)])].filter((u) => u !== lead);
      const dated = r.chance(0.2);
      let row = `  - id: ${id}\n    section: ${q(section)}\n    text: ${q(text)}\n    lead: ${lead}\n`;
      if (support.length) row += `    support:\n${support.map((s) => `      - ${s}\n`).join('')}`;
      let due;
      let cadence;
      if (dated) {
        due = `2024-${pad2(r.int(2, 12))}-${pad2(r.int(1, 28))}`;
        row += `    due: ${due}\n`;
      } else {
        cadence = r.pick(CADENCES);
        row += `    cadence: ${cadence}\n    assumed:\n      cadence: "Nhiệm vụ thường xuyên, không có hạn; theo dõi qua báo cáo định kỳ của phường."\n`;
      }
      if (r.chance(0.25)) row += `    targets:\n      - ${r.pick(targetIds)}\n`;
      if (r.chance(0.2)) row += `    bases:\n      - ${r.pick(['nd-144', 'tt-124', 'ct-39', 'nq-11-cp', 'qd-04'])}\n`;
      rows.push(row);
      // Check-ins: a dated task is done (or not yet) once; an ongoing one reports on its cadence, until some month.
      if (due !== undefined) {
        if (r.chance(0.6)) checkIns.push({ task: id, date: due, status: 'done', by: lead });
      } else if (r.chance(0.6)) {
        const every = cadence === 'monthly' ? 1 : cadence === 'quarterly' ? 3 : 6;
        const until = r.int(6, 12);
        for (let m = every; m <= until; m += every) checkIns.push({ task: id, date: `2024-${pad2(m)}-14`, status: 'in-progress', by: lead });
      }
    }
    files[`tasks/${section}-${slug}.yaml`] =
      `# yaml-language-server: $schema=../../plan.schema.json\n# Nhiệm vụ, giải pháp mục ${section} "${title}": ${rows.length} nhiệm vụ.\ntasks:\n${rows.join('\n')}`;
  }
  checkIns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.task < b.task ? -1 : 1));
  files['progress/tasks.yaml'] =
    `# yaml-language-server: $schema=../../plan.schema.json\n# Tiến độ nhiệm vụ (check-in): trạng thái của một nhiệm vụ tại một ngày.\nillustrative: true\nentries:\n` +
    checkIns.map((c) => `  - task: ${c.task}\n    date: ${c.date}\n    status: ${c.status}\n    by: ${c.by}\n`).join('');
  return files;
}

// ---------------------------------------------------------------------------------------------------

/** The files of ward i's plan folder: {relative path: text}. */
export function wardPlanFiles(i, seed = DEFAULT_SEED) {
  const r = rng(seed + i * 7919);
  const name = wardName(i);
  const n = r.int(1, 40);
  const chosen = chooseTargets(r);
  // One ward in ten names a target its own way: rollups match it by name.
  const renames = new Map(r.chance(0.1) ? [['bhyt', 'bao-hiem-y-te']] : []);
  const files = {
    'plan.yaml': header(name, r, n),
    'units.yaml': units(name),
    'legal-bases.yaml': legalBases(name, n),
  };
  const targets = targetsFile(chosen, r, renames);
  files['targets.yaml'] = targets.text;
  Object.assign(files, tasksFiles(name, r, chosen.map((t) => renames.get(t.id) ?? t.id)));
  for (const t of chosen) {
    const id = renames.get(t.id) ?? t.id;
    files[`progress/${id}.yaml`] = progressFile({ ...t, id }, targets.finals.get(t.id), r);
  }
  return files;
}

function writeFiles(dir, files) {
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/** Writes `count` ward plans under OUT/wards/<code>/plans/2024/ (and the schema beside each plans/). Returns the bytes written. */
export function generateWards(out, count, seed = DEFAULT_SEED) {
  return generateWardList(out, Array.from({ length: count }, (_, i) => i), seed);
}

/** Writes the ward plans of the given ward numbers (0-based) under OUT/wards/<code>/plans/2024/. */
export function generateWardList(out, indices, seed = DEFAULT_SEED) {
  rmSync(join(out, 'wards'), { recursive: true, force: true });
  const schema = readFileSync(join(REPO, 'plans/plan.schema.json'));
  let bytes = 0;
  for (const i of indices) {
    const plans = join(out, 'wards', wardCode(i), 'plans');
    const files = wardPlanFiles(i, seed);
    writeFiles(join(plans, '2024'), files);
    writeFileSync(join(plans, 'plan.schema.json'), schema);
    for (const text of Object.values(files)) bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/**
 * The example plan with about ten times its progress entries: every target gets 120 figures spread over
 * the dates the plan accepts (from one year before its start to 14/12/2024), all valid.
 */
export function generateTenYears(out, seed = DEFAULT_SEED) {
  const plans = join(out, 'plans');
  rmSync(plans, { recursive: true, force: true });
  cpSync(join(REPO, 'plans'), plans, { recursive: true });
  const progress = join(plans, '2024', 'progress');
  const r = rng(seed);
  const first = Date.UTC(2023, 0, 1);
  const last = Date.UTC(2024, 11, 14);
  const day = 86_400_000;
  const PER_TARGET = 120;
  for (const file of readdirSync(progress)) {
    if (file === 'tasks.yaml') continue;
    const text = readFileSync(join(progress, file), 'utf8');
    const target = /target: ([a-z0-9.-]+)/.exec(text)?.[1];
    const values = [...text.matchAll(/value: ([\d.]+)/g)].map((m) => Number(m[1]));
    if (!target || values.length === 0) continue;
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const rows = [];
    for (let k = 0; k < PER_TARGET; k++) {
      const date = new Date(first + Math.round(((last - first) / day) * (k / (PER_TARGET - 1))) * day).toISOString().slice(0, 10);
      const v = Math.round((lo + (hi - lo) * r.next()) * 100) / 100;
      rows.push(`  - target: ${target}\n    date: ${date}\n    value: ${v}\n    source: "Số liệu tổng hợp để đo hiệu năng"\n    by: vp-tk\n`);
    }
    // Keep the file's own entries (the latest figures) after the synthetic history.
    const [head, own] = text.split(/^entries:\n/m);
    writeFileSync(join(progress, file), `${head}entries:\n${rows.join('')}${own}`);
  }
  return plans;
}

/** Total bytes of the *.yaml files under a folder. */
export function yamlBytes(dir) {
  let total = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml')) total += readFileSync(p).length;
    }
  };
  walk(dir);
  return total;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [what, out, count] = process.argv.slice(2);
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : DEFAULT_SEED;
  if (what === 'wards' && out && count) {
    const bytes = generateWards(resolve(out), Number(count), seed);
    console.log(`${count} ward plans, ${(bytes / 1e6).toFixed(1)} MB of YAML under ${join(out, 'wards')}`);
  } else if (what === 'ten-years' && out) {
    console.log(`ten years of entries: ${generateTenYears(resolve(out), seed)}`);
  } else {
    console.error('usage: generate.mjs wards OUT_DIR N [--seed S] | generate.mjs ten-years OUT_DIR');
    process.exit(2);
  }
}
