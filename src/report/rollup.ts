import type { OverdueReport } from './overdue-report.js';
import type { StatusReport, StatusRow } from './status-report.js';
import { fold } from '../text/fold.js';
import type { Verdict } from './variance.js';

/**
 * The rollup across plans (`plan status PATH...`, `plan overdue PATH...` with several plan folders):
 * what a district, city or province office reads about the wards it follows. Pure: built from the
 * per-plan reports, no I/O, no language.
 *
 * - per ward (one row per plan): targets met / exceeded / not yet / missed / without figures, late tasks;
 * - per target measured by several wards: every ward's figure and verdict, how many met it, the worst.
 *
 * Targets are the same measure across plans when they share an id or a name (compared without case,
 * accents of composition or extra spaces), and their unit: "bhyt" in one ward and "bao-hiem-y-te"
 * named alike in another are one row; the same id counted in another unit is not.
 */

export interface WardRef {
  /** How the ward is named in the rollup: plan.place, else the issuer; made unique (symbol, then folder) when two plans share it. */
  ward: string;
  place: string;
  issuer: string;
  plan: StatusReport['plan'];
}

export interface WardSummary extends WardRef {
  targets: number;
  achieved: number;
  counts: Record<Verdict, number>;
  /** Targets without a figure or without a plan figure yet (no-data + no-target). */
  withoutFigures: number;
  /** Late tasks (not the upcoming ones), after the report's filters. */
  late: number;
}

export interface WardFigure {
  ward: string;
  folder: string;
  /** The ward's own row of the target (its id, plan figure, figure, verdict). */
  row: StatusRow;
  /**
   * How far the ward has come towards what is judged (actual / goal, turned around for lower-is-better
   * targets); null without a figure or a goal. Ranks the worst wards.
   */
  progress: number | null;
}

export interface SharedTarget {
  /** The ids the wards use for it, sorted. */
  ids: string[];
  /** The name most wards give it. */
  name: string;
  unit: string;
  /** Figures of the wards that measure it, in ward order. */
  figures: WardFigure[];
  achieved: number;
  counts: Record<Verdict, number>;
  withoutFigures: number;
  /** Wards that have not met it (missed, then not yet), worst first. */
  worst: WardFigure[];
}

export interface StatusRollup {
  asOf: string;
  wards: WardSummary[];
  /** The wards' counts added up. */
  total: Pick<WardSummary, 'targets' | 'achieved' | 'counts' | 'withoutFigures' | 'late'>;
  /** Targets measured by two wards or more, by name (Vietnamese collation). */
  targets: SharedTarget[];
}

export interface OverdueWardSummary extends WardRef {
  late: number;
  upcoming: number;
  /** Late items by kind: past a deadline, or behind on the periodic check-ins. */
  byKind: { deadline: number; 'check-in': number };
  /** The most days any task is late; null when none is. */
  maxDaysLate: number | null;
}

export interface OverdueRollup {
  asOf: string;
  wards: OverdueWardSummary[];
  /** The wards' counts added up; maxDaysLate the most over all wards. */
  total: Pick<OverdueWardSummary, 'late' | 'upcoming' | 'byKind' | 'maxDaysLate'>;
}

// Made on first use: a process's first Intl.Collator loads ICU's collation data (about 15 ms).
let viCollator: Intl.Collator | undefined;
export const compareVi = (a: string, b: string): number =>
  a === b ? 0 : (viCollator ??= new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })).compare(a, b) || (a < b ? -1 : 1);

const emptyCounts = (): Record<Verdict, number> => ({ exceeded: 0, met: 0, 'not-yet': 0, missed: 0, 'no-data': 0, 'no-target': 0, tracked: 0 });

type Named = { plan: StatusReport['plan'] };

/** Ward names, unique across the plans: "Phường 1"; "Phường 1 (05/KH-UBND)" when another plan is also Phường 1; the folder as a last resort. */
function wardRefs(reports: readonly Named[]): WardRef[] {
  const base = reports.map((r) => {
    const place = r.plan.place.trim();
    return { place, issuer: r.plan.issuer, plan: r.plan, ward: place || r.plan.issuer.trim() || r.plan.dir };
  });
  const count = (names: string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  let names = base.map((b) => b.ward);
  let seen = count(names);
  names = names.map((n, i) => (seen.get(n)! > 1 ? `${n} (${base[i]!.plan.symbol})` : n));
  seen = count(names);
  names = names.map((n, i) => (seen.get(n)! > 1 ? `${base[i]!.ward} (${base[i]!.plan.dir})` : n));
  return base.map((b, i) => ({ ...b, ward: names[i]! }));
}

function byWard<T extends WardRef>(list: T[]): T[] {
  return list.sort((a, b) => compareVi(a.ward, b.ward) || compareVi(a.plan.dir, b.plan.dir));
}

const WORST_RANK: Partial<Record<Verdict, number>> = { missed: 0, 'not-yet': 1 };

export function buildStatusRollup(reports: readonly StatusReport[]): StatusRollup {
  const refs = wardRefs(reports);
  const wards = byWard(
    reports.map((r, i) => ({
      ...refs[i]!,
      targets: r.summary.total,
      achieved: r.summary.achieved,
      counts: { ...r.summary.counts },
      withoutFigures: r.summary.counts['no-data'] + r.summary.counts['no-target'],
      late: r.late,
    })),
  );
  const order = new Map(wards.map((w, i) => [w.plan, i]));

  // Union-find over the rows: a row joins the node of its id and the node of its name, within its unit.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const rows: { ward: number; row: StatusRow; node: string }[] = [];
  reports.forEach((r, w) => {
    for (const row of r.targets) {
      const unit = fold(row.unit);
      const idNode = `id\u0000${unit}\u0000${row.id}`;
      union(idNode, `name\u0000${unit}\u0000${fold(row.name)}`);
      rows.push({ ward: w, row, node: idNode });
    }
  });
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const root = find(r.node);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  }

  const targets: SharedTarget[] = [];
  for (const list of groups.values()) {
    // One figure per ward: a plan that has two rows for one measure counts its first.
    const perWard = new Map<number, StatusRow>();
    for (const { ward, row } of list) if (!perWard.has(ward)) perWard.set(ward, row);
    if (perWard.size < 2) continue;
    const figures: WardFigure[] = [...perWard.entries()]
      .map(([w, row]) => ({ ward: refs[w]!.ward, folder: reports[w]!.plan.dir, row, progress: row.progress, at: order.get(reports[w]!.plan)! }))
      .sort((a, b) => a.at - b.at)
      .map(({ at: _at, ...f }) => f);
    const counts = emptyCounts();
    for (const f of figures) counts[f.row.verdict] += 1;
    const nameCount = new Map<string, number>();
    for (const f of figures) nameCount.set(f.row.name, (nameCount.get(f.row.name) ?? 0) + 1);
    const name = [...nameCount.entries()].sort((a, b) => b[1] - a[1] || compareVi(a[0], b[0]))[0]![0];
    const worst = figures
      .filter((f) => WORST_RANK[f.row.verdict] !== undefined)
      .sort(
        (a, b) =>
          WORST_RANK[a.row.verdict]! - WORST_RANK[b.row.verdict]! ||
          (a.progress ?? Infinity) - (b.progress ?? Infinity) ||
          compareVi(a.ward, b.ward),
      );
    targets.push({
      ids: [...new Set(figures.map((f) => f.row.id))].sort(),
      name,
      unit: figures[0]!.row.unit,
      figures,
      achieved: counts.met + counts.exceeded,
      counts,
      withoutFigures: counts['no-data'] + counts['no-target'],
      worst,
    });
  }
  targets.sort((a, b) => compareVi(a.name, b.name) || compareVi(a.unit, b.unit));
  const sum = (f: (w: WardSummary) => number) => wards.reduce((a, w) => a + f(w), 0);
  const totalCounts = emptyCounts();
  for (const w of wards) for (const v of Object.keys(totalCounts) as Verdict[]) totalCounts[v] += w.counts[v];
  const total = { targets: sum((w) => w.targets), achieved: sum((w) => w.achieved), counts: totalCounts, withoutFigures: sum((w) => w.withoutFigures), late: sum((w) => w.late) };
  return { asOf: reports[0]?.asOf ?? '', wards, targets, total };
}

export function buildOverdueRollup(reports: readonly OverdueReport[]): OverdueRollup {
  const refs = wardRefs(reports);
  const wards = reports.map((r, i) => {
    const late = r.items.filter((it) => !it.upcoming);
    return {
      ...refs[i]!,
      late: r.late,
      upcoming: r.upcoming,
      byKind: { deadline: late.filter((it) => it.kind === 'deadline').length, 'check-in': late.filter((it) => it.kind === 'check-in').length },
      maxDaysLate: late.length === 0 ? null : Math.max(...late.map((it) => it.daysLate)),
    };
  });
  const sum = (f: (w: OverdueWardSummary) => number) => wards.reduce((a, w) => a + f(w), 0);
  const most = wards.flatMap((w) => (w.maxDaysLate === null ? [] : [w.maxDaysLate]));
  const total = {
    late: sum((w) => w.late),
    upcoming: sum((w) => w.upcoming),
    byKind: { deadline: sum((w) => w.byKind.deadline), 'check-in': sum((w) => w.byKind['check-in']) },
    maxDaysLate: most.length === 0 ? null : Math.max(...most),
  };
  return { asOf: reports[0]?.asOf ?? '', wards: byWard(wards), total };
}
