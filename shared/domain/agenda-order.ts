/**
 * Recusal-minimising agenda order (issue #13, point 4): members who must leave for an item walk
 * out and back in; grouping items with the same recused members keeps them out for a run.
 * Greedy: from the current set of people outside, always take the next item whose recusal set
 * differs least (fewest leave + return events), ties kept in the given order.
 */

export interface OrderItem {
  id: string;
  /** Members who must leave the room for this item. */
  recused: readonly string[];
}

/** Leave and return events over an order, starting and ending with everyone in the room. */
export function recusalMoves(items: readonly OrderItem[]): { leaves: number; returns: number } {
  let outside = new Set<string>();
  let leaves = 0;
  let returns = 0;
  for (const item of [...items, { id: '', recused: [] }]) {
    const next = new Set(item.recused);
    for (const m of next) if (!outside.has(m)) leaves += 1;
    for (const m of outside) if (!next.has(m)) returns += 1;
    outside = next;
  }
  return { leaves, returns };
}

function distance(outside: ReadonlySet<string>, recused: readonly string[]): number {
  const next = new Set(recused);
  let d = 0;
  for (const m of next) if (!outside.has(m)) d += 1;
  for (const m of outside) if (!next.has(m)) d += 1;
  return d;
}

/** The greedy order; items without recusals come first (nobody leaves), as given. */
export function minimiseRecusalMoves<T extends OrderItem>(items: readonly T[]): T[] {
  const left = [...items];
  const order: T[] = [];
  let outside: ReadonlySet<string> = new Set();
  while (left.length > 0) {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    left.forEach((item, index) => {
      const d = distance(outside, item.recused);
      if (d < bestDistance) {
        best = index;
        bestDistance = d;
      }
    });
    const [taken] = left.splice(best, 1);
    order.push(taken!);
    outside = new Set(taken!.recused);
  }
  return order;
}
