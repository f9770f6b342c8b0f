import type { TargetPanel } from '../../document/report-dashboard.js';
import { dateText, numberText } from '../document-value-text.js';
import { esc } from './escape.js';

/**
 * The dashboard's charts, inline SVG written here (no library, no network). They scale with their
 * box (viewBox + width 100 %), so a phone and a printed page show the same picture.
 */

/** A bar of how far the figure has come towards what is judged; for a sum, a tick where the plan should be by now. */
export function progressBar(p: TargetPanel): string {
  const w = 200;
  const fill = p.progress === null ? 0 : Math.round(p.progress * w);
  const pace = p.pace === null ? '' : `<line class="pace" x1="${Math.round(p.pace * w)}" y1="0" x2="${Math.round(p.pace * w)}" y2="14"><title>Tiến độ kế hoạch đến nay</title></line>`;
  const label = p.progress === null ? 'chưa có số liệu' : `${numberText(p.progress * 100, 0, 'vi')}% chặng đường`;
  return `<svg class="bar" viewBox="0 0 ${w} 14" preserveAspectRatio="none" role="img" aria-label="${esc(label)}"><rect class="track" x="0" y="2" width="${w}" height="10" rx="2"/><rect class="fill v-${p.verdict.code}" x="0" y="2" width="${fill}" height="10" rx="2"/>${pace}</svg>`;
}

const day = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** The figures over the window: a line through the entries (estimates hollow), the plan as a dashed line. */
export function entriesChart(p: TargetPanel): string {
  const W = 240;
  const H = 70;
  const pad = 6;
  if (p.points.length === 0) return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="chưa có số liệu"><text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="muted">chưa có số liệu</text></svg>`;
  const t0 = day(p.window.start);
  const t1 = Math.max(day(p.window.end), t0 + 1);
  const values = p.points.map((x) => x.value);
  // A sum is drawn from zero; a level (a rate) around its figures and plan, so that its moves show.
  const all = p.reference === null ? values : [...values, p.reference];
  const span = Math.max(...all) - Math.min(...all) || Math.abs(all[0]!) || 1;
  const low = p.accrual === 'sum' ? Math.min(0, ...values) : Math.min(...all) - span * 0.25;
  const top = (p.accrual === 'sum' ? Math.max(...all) : Math.max(...all) + span * 0.25) * (p.accrual === 'sum' ? 1.05 : 1) || 1;
  const x = (iso: string) => pad + ((day(iso) - t0) / (t1 - t0)) * (W - 2 * pad);
  const y = (v: number) => H - pad - ((v - low) / (top - low)) * (H - 2 * pad);
  const path = p.points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${x(pt.date).toFixed(1)},${y(pt.value).toFixed(1)}`).join(' ');
  const plan = p.reference === null ? '' : `<line class="plan" x1="${pad}" x2="${W - pad}" y1="${y(p.reference).toFixed(1)}" y2="${y(p.reference).toFixed(1)}"><title>Kế hoạch: ${esc(numberText(p.reference, 2, 'vi'))}</title></line>`;
  const dots = p.points
    .map((pt) => `<circle class="${pt.estimate ? 'est' : 'dot'}" cx="${x(pt.date).toFixed(1)}" cy="${y(pt.value).toFixed(1)}" r="2.5"><title>${esc(dateText(pt.date, 'vi'))}: ${esc(numberText(pt.value, 2, 'vi'))}${pt.estimate ? ' (ước)' : ''}</title></circle>`)
    .join('');
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`Số liệu ${p.name} theo thời gian`)}">${plan}<path class="line" d="${path}"/>${dots}</svg>`;
}
