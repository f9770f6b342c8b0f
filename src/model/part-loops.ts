/**
 * Totals and their parts (`partOf`) form a tree: a part may have parts of its own, but following
 * `partOf` must end at a total that is no part. A chain that comes back to where it started (two
 * targets each other's part, a longer ring, a target that is its own part) has no total at all.
 */

export interface PartLoop {
  /** The target whose `partOf` closes the ring: of the ring's members, the last in plan order. */
  closer: string;
  /** The ring from the closer along `partOf` back to it: ["b", "a", "b"]; ["a", "a"] for a self-part. */
  ring: string[];
}

/**
 * Every ring of `partOf`, once each, in the order of their closers. Ids declared twice are left
 * out: `duplicate-id` already names them, and which declaration a `partOf` means is unknown.
 */
export function partLoops(targets: readonly { id: string; partOf?: string | undefined }[]): PartLoop[] {
  const count = new Map<string, number>();
  for (const t of targets) count.set(t.id, (count.get(t.id) ?? 0) + 1);
  const order = new Map<string, number>();
  const totalOf = new Map<string, string>();
  targets.forEach((t, i) => {
    if (count.get(t.id) !== 1) return;
    order.set(t.id, i);
    if (t.partOf !== undefined) totalOf.set(t.id, t.partOf);
  });
  // Each target names at most one total, so every walk along partOf ends at a total, at an id not
  // declared here, or in one ring; a walk that meets the trail of an earlier walk stops there.
  const done = new Set<string>();
  const loops: PartLoop[] = [];
  for (const start of order.keys()) {
    const trail: string[] = [];
    const onTrail = new Set<string>();
    let at: string | undefined = start;
    while (at !== undefined && order.has(at) && !done.has(at) && !onTrail.has(at)) {
      trail.push(at);
      onTrail.add(at);
      at = totalOf.get(at);
    }
    if (at !== undefined && onTrail.has(at)) {
      const members = trail.slice(trail.indexOf(at));
      const closer = members.reduce((a, b) => (order.get(b)! > order.get(a)! ? b : a));
      const ring = [closer];
      for (let id = totalOf.get(closer)!; id !== closer; id = totalOf.get(id)!) ring.push(id);
      loops.push({ closer, ring: [...ring, closer] });
    }
    for (const id of trail) done.add(id);
  }
  return loops.sort((a, b) => order.get(a.closer)! - order.get(b.closer)!);
}
