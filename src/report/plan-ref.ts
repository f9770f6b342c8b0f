import type { Plan } from '../model/plan.js';

/** Which plan a report is of: place and issuer name the ward in a rollup across plans; year: a yearly plan's year (null for a term plan). */
export interface PlanRef {
  id: string;
  symbol: string;
  title: string;
  dir: string;
  place: string;
  issuer: string;
  year: number | null;
}

export function planRef(plan: Plan): PlanRef {
  const h = plan.header;
  return { id: h.id, symbol: h.symbol, title: h.title, dir: plan.dir, place: h.place, issuer: h.issuer, year: h.term === undefined ? (h.year ?? null) : null };
}
