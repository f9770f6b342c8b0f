import type { Params } from '../diagnostics/diagnostic.js';

/** One code's text: what is wrong, and how to fix it. */
export type Text = (p: Params) => string;
export interface Entry {
  message: Text;
  hint?: Text;
}

/** Where each kind of id is declared, for hints. */
export const DECLARED_IN: Record<string, string> = { unit: 'units', legalBasis: 'legalBases', target: 'targets', task: 'tasks', section: 'plan.sections', period: 'plan.periods' };

const GUIDE_SECTION: Record<string, number> = { plan: 5, units: 6, legalBases: 7, targets: 8, tasks: 10, entries: 11 };

/** The section of the format guide (docs/format.md, `plan help format N`) for the keys above a field. */
export const guideFor = (p: Params): string => {
  const keys = String(p.within ?? '').split('.');
  const n = keys.includes('comparison') || keys.includes('stretch') ? 9 : GUIDE_SECTION[keys[0] ?? ''];
  return n === undefined ? 'plan help format' : `plan help format ${n}`;
};
