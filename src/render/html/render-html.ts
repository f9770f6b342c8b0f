import type { Dashboard, PlanDashboard, TargetPanel, WardMatrix } from '../../document/report-dashboard.js';
import type { TableBlock } from '../../document/table.js';
import type { Verdict } from '../../report/variance.js';
import { dateText, numberText, runsText, valueLines } from '../document-value-text.js';
import { esc } from './escape.js';
import { STYLE, SORT_SCRIPT } from './style.js';
import { entriesChart, progressBar } from './svg.js';

/**
 * The dashboard as one self-contained .html: styles, charts (inline SVG) and the few lines that sort
 * the ward matrix are inside the file; it loads nothing from the network and no font.
 */

const NUMERIC = new Set(['index', 'figure', 'variance', 'ratio', 'days']);

export function htmlTable(t: TableBlock): string {
  const head = t.columns.map((c) => `<th>${esc(c.label)}</th>`).join('');
  const rows = t.rows.map((r) => {
    if (r.kind === 'section' || r.kind === 'group') {
      const label = r.kind === 'section' && r.code !== null ? `${r.code}. ${r.label}` : r.label;
      return `<tr class="section"><td colspan="${t.columns.length}">${esc(label)}</td></tr>`;
    }
    const cells = r.cells.map((v, i) => {
      const role = t.columns[i]!.role;
      // A part under its total: the name's indent, a level each (style.ts: --indent).
      const cls = NUMERIC.has(role) ? ' class="num"' : role === 'name' ? ` class="name"${r.indent > 0 ? ` style="--indent:${r.indent}"` : ''}` : '';
      return `<td${cls}>${valueLines(v, 'vi').map(esc).join('<br>')}</td>`;
    });
    return `<tr${r.kind === 'data' && r.key ? ` data-target="${esc(r.key)}"` : ''}>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function card(p: TargetPanel): string {
  const figure = p.actual === null ? '—' : `${numberText(p.actual, 2, 'vi')}${p.unit === '%' ? '%' : ` ${p.unit}`}${p.estimate ? ' (ước)' : ''}`;
  return `<article class="card" data-target="${esc(p.id)}"><h4>${esc(p.name)}</h4>
<div><span class="figure">${esc(figure)}</span> <span class="badge v-${p.verdict.code}">${esc(p.verdict.text)}</span></div>
<div class="plan">Kế hoạch: ${esc(p.planText)}${p.unit === '%' || p.planText === 'trên giao' ? '' : ` ${esc(p.unit)}`}</div>
${progressBar(p)}${entriesChart(p)}</article>`;
}

function lateList(plan: PlanDashboard): string {
  if (plan.late.length === 0) return '<p>Không có nhiệm vụ quá hạn.</p>';
  const item = (l: PlanDashboard['late'][number]) =>
    l.kind === 'deadline'
      ? `<li><span class="days">trễ ${l.daysLate} ngày</span> · ${esc(l.unit)}: ${esc(l.text)} (hạn ${esc(dateText(l.due, 'vi'))})</li>`
      : `<li><span class="days">chưa báo cáo ${l.missed ?? 0} kỳ</span> · ${esc(l.unit)}: ${esc(l.text)}</li>`;
  const tasks = plan.late.filter((l) => l.kind === 'deadline');
  const reports = plan.late.filter((l) => l.kind === 'check-in');
  // Missed reports by unit, one line each as the báo cáo words it; the unit's tasks open under it.
  const units = plan.missedByUnit
    .map((g) => `<details class="missed"><summary>${esc(runsText(g.line, 'vi'))}</summary><ul class="late">${g.items.map(item).join('')}</ul></details>`)
    .join('');
  return `<h3>Nhiệm vụ quá hạn (${tasks.length})</h3>${tasks.length === 0 ? '<p>Không có nhiệm vụ quá hạn.</p>' : `<ul class="late">${tasks.map(item).join('')}</ul>`}
<h3>Chưa báo cáo định kỳ (${reports.length} nhiệm vụ)</h3>${units}`;
}

function planSection(p: PlanDashboard, level: 1 | 2): string {
  const h = level === 1 ? 'h1' : 'h2';
  return `<section class="plan-dashboard" data-ward="${esc(p.ward)}"><${h}>${esc(p.title)}</${h}>
<p class="window">${esc(runsText(p.window, 'vi'))}</p>${p.illustrative ? '<p class="banner">Số liệu minh họa, không phải số liệu thật</p>' : ''}
<p class="summary">${esc(p.summary)}</p>
<div class="cards">${p.panels.map(card).join('')}</div>
<h3>Bảng chỉ tiêu</h3>${htmlTable(p.table)}
${lateList(p)}</section>`;
}

const RANK: Record<Verdict, number> = { exceeded: 5, met: 4, 'not-yet': 3, missed: 1, 'no-data': 2, 'no-target': 2, tracked: 2 };

function matrixSection(m: WardMatrix): string {
  const head = ['Phường, xã', 'Đạt', 'Quá hạn', 'Chậm báo cáo', ...m.targets.map((t) => t.name)].map((l) => `<th class="sortable">${esc(l)}</th>`).join('');
  const rows = m.wards.map((w) => {
    const cells = w.cells.map((c) =>
      c === null
        ? '<td data-key="0">—</td>'
        : `<td class="cell-v v-${c.verdict}" data-key="${RANK[c.verdict]}" title="${esc(c.text)}">${esc(c.actual === null ? c.text : numberText(c.actual, 2, 'vi'))}</td>`,
    );
    return `<tr><td data-key="${esc(w.ward)}">${esc(w.ward)}</td><td class="num" data-key="${w.total === 0 ? 0 : w.achieved / w.total}">${w.achieved}/${w.total}</td><td class="num" data-key="${w.late}">${w.late}</td><td class="num" data-key="${w.missed}">${w.missed}</td>${cells.join('')}</tr>`;
  });
  const behind = m.behind.map((b) => `<li>${esc(b.ward)}: ${b.achieved}/${b.total} chỉ tiêu đạt, ${b.late} nhiệm vụ quá hạn, ${b.missed} nhiệm vụ chậm báo cáo</li>`).join('');
  return `<section><h2>Phường, xã × chỉ tiêu</h2><p>Bấm tiêu đề cột để sắp xếp. Màu: xanh đạt, cam chưa đạt, đỏ không đạt, xám chưa có số liệu.</p>
<div class="scroll"><table class="sortable matrix"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>
<h3>Xa kế hoạch nhất</h3><ol>${behind}</ol></section>`;
}

export function renderHtml(d: Dashboard): string {
  const body = d.matrix
    ? `<h1>${esc(d.title)}</h1>${d.illustrative ? '<p class="banner">Số liệu minh họa, không phải số liệu thật</p>' : ''}${matrixSection(d.matrix)}${d.plans.map((p) => planSection(p, 2)).join('\n')}`
    : d.plans.map((p) => planSection(p, 1)).join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main>${d.matrix ? `<script>${SORT_SCRIPT}</script>` : ''}</body></html>
`;
}
