import { diagnostic } from '../diagnostics/make.js';
import { partLoops } from '../model/part-loops.js';
import type { Check } from './context.js';

/**
 * A ring of `partOf` (each other's part, or a target its own part) leaves no total to show the
 * parts under: one error per ring, at the `partOf` that closes it (the ring's last member in plan
 * order), so fixing that one line, or the total's line the hint names, clears it.
 */
export const partOfLoops: Check = ({ plan, origins }) =>
  partLoops(plan.targets).map(({ closer, ring }) => {
    const target = plan.targets.find((t) => t.id === closer)!;
    return diagnostic('part-loop', origins.at(target, ['partOf']), { id: closer, total: target.partOf ?? '', ring: ring.join(' → '), size: ring.length - 1 });
  });
