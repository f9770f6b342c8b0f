/**
 * Where the target-phrase parser offers two readings, the one an office takes for the draft: a bound
 * set on a change ("giảm bình quân/năm: trên 10%") is the change; a second figure on the measure before
 * (", tăng 10,66% so với năm 2025") counts in that measure's unit. Each choice stays listed in the
 * ambiguities, so the review shows it and the wording check accepts it. Pure.
 */
import type { Target } from '../model/target.js';
import type { TargetPhrase } from '../parse/target-phrase.js';
import type { Fragment } from './measures.js';

export function readingOf(f: Fragment, p: TargetPhrase, previous: Target | undefined): TargetPhrase {
  let out = p;
  const c = p.comparison;
  const rate = p.ambiguities.find((a) => a.code === 'rate-of-change');
  if (rate && c && 'value' in c && c.value !== undefined) {
    const down = /giảm[^\d]*$/iu.test(p.text.slice(0, p.text.search(/\d/u)));
    out = { ...out, comparison: { kind: 'change', direction: down ? 'decrease' : 'increase', as: 'percent', amount: c.value }, direction: down ? 'lower' : 'higher' };
  }
  if (f.follows && previous && out.comparison?.kind === 'change' && out.comparison.as === 'percent' && previous.unit !== '%') out = { ...out, unit: previous.unit };
  return out;
}
