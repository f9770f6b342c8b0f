import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { LegalBasis } from '../model/legal-basis.js';
import type { Check } from './context.js';

/** Type abbreviations of Nghị định 30/2020/NĐ-CP Phụ lục III, plus those of legal normative documents. */
const TYPE_ABBREVIATIONS = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ',
  'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'NĐ', 'TT', 'TTLT', 'KHLT', 'NQLT', 'QĐLT', 'CTLT', 'L',
];

const EXPECTED_TYPE: Partial<Record<LegalBasis['kind'], string[]>> = {
  'nghi-quyet': ['NQ', 'NQLT'],
  'nghi-dinh': ['NĐ'],
  'thong-tu': ['TT', 'TTLT'],
  'chi-thi': ['CT', 'CTLT'],
  'quyet-dinh': ['QĐ', 'QĐLT'],
  'ke-hoach': ['KH', 'KHLT'],
  'chuong-trinh': ['CTr'],
  'de-an': ['ĐA'],
  'huong-dan': ['HD'],
  'thong-bao': ['TB'],
};

const ISSUER = '[A-ZĐ][A-ZĐa-zđ0-9]*(?:-[A-ZĐ][A-ZĐa-zđ0-9]*)*';
const ADMINISTRATIVE = new RegExp(`^(\\d+)/([A-Za-zĐđ]+)-(${ISSUER})$`); // 05/KH-UBND
const NORMATIVE = new RegExp(`^(\\d+)/(\\d{4})/([A-Za-zĐđ]+)-(${ISSUER})$`); // 144/2021/NĐ-CP
const PARTY = /^(\d+)-([A-Za-zĐđ]+)\/([A-ZĐ][A-ZĐa-zđ]*)$/; // 39-CT/TW
const LAW = /^(\d+)\/(\d{4})\/QH(\d+)$/; // 59/2020/QH14
const STANDARD = /^(?:TCVN|QCVN|ISO)(?: ISO)?(?: [\d.-]+)(?::\d{4})?$/; // TCVN ISO 9001:2015

export type SymbolProblem =
  | { problem: 'shape' }
  | { problem: 'padding'; suggestion: string }
  | { problem: 'type-case'; type: string; suggestion: string }
  | { problem: 'unknown-type'; type: string }
  | { problem: 'kind-mismatch'; type: string; expected: string };

/** Checks a symbol against the conventions of Nghị định 30/2020 (domain.md section 2). Lenient: real texts are not always clean. */
export function symbolProblems(symbol: string, kind: LegalBasis['kind']): SymbolProblem[] {
  const s = symbol.trim();
  if (kind === 'tieu-chuan') return STANDARD.test(s) ? [] : [{ problem: 'shape' }];
  if (LAW.test(s)) return [];
  const m = NORMATIVE.exec(s) ?? ADMINISTRATIVE.exec(s) ?? PARTY.exec(s);
  if (!m) return [{ problem: 'shape' }];
  const number = m[1]!;
  const type = m.length === 5 ? m[3]! : m[2]!;
  const out: SymbolProblem[] = [];
  if (number.length === 1 && !PARTY.test(s)) out.push({ problem: 'padding', suggestion: `0${s}` });
  if (!TYPE_ABBREVIATIONS.includes(type)) {
    const fixed = TYPE_ABBREVIATIONS.find((t) => t.toLowerCase() === type.toLowerCase());
    out.push(fixed ? { problem: 'type-case', type, suggestion: s.replace(type, fixed) } : { problem: 'unknown-type', type });
    return out;
  }
  const expected = EXPECTED_TYPE[kind];
  if (expected && !expected.includes(type)) out.push({ problem: 'kind-mismatch', type, expected: expected.join('/') });
  return out;
}

export const legalSymbols: Check = ({ plan, origins }) => {
  const out: Diagnostic[] = [];
  for (const b of plan.legalBases) {
    if (!b.symbol) continue;
    for (const p of symbolProblems(b.symbol, b.kind)) {
      out.push(diagnostic('basis-symbol', origins.at(b, ['symbol']), { symbol: b.symbol, kind: b.kind, ...p }));
    }
  }
  return out;
};
