import type { Quota, QuotaOrder, RubricDefinition } from '../domain/rubric';
import type { Entry } from './order';
import { addReason, compareKeys, competitionRanks } from './order';

/** Splits entries (in merit order) into the quota's scope groups, keeping the order. */
export function scopeGroups(entries: Entry[], scope: 'campaign' | 'township'): Entry[][] {
  if (scope === 'campaign') return [entries];
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = entry.evaluation.input.townshipId;
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
    }
    group.push(entry);
  }
  return [...groups.values()];
}

function limitOf(bound: NonNullable<Quota['max']>, size: number, round: 'floor' | 'ceil'): number {
  if ('count' in bound) return bound.count;
  // The epsilon keeps 10% of 30 at exactly 3, not 2.9999….
  const exact = (bound.share * size) / 100;
  return round === 'floor' ? Math.floor(exact + 1e-9) : Math.ceil(exact - 1e-9);
}

/**
 * The order of a quota's pool, from the rubric's `quotaOrder`: by the level each branch
 * qualified for before quotas, then total and tie-breakers (merit), or by total and
 * tie-breakers alone. `same` says who is tied in that order.
 */
interface PoolOrder {
  order: QuotaOrder;
  same: (a: Entry, b: Entry) => boolean;
  /** The scope group in pool order (entries arrive in merit order). */
  arrange: (group: Entry[]) => Entry[];
}

const sameMerit = (a: Entry, b: Entry): boolean =>
  compareKeys(a.merit, a.evaluation, b.merit, b.evaluation) === 0;

const sameTotal = (a: Entry, b: Entry): boolean =>
  compareKeys(0, a.evaluation, 0, b.evaluation) === 0;

const byTotal = (a: Entry, b: Entry): number =>
  compareKeys(0, a.evaluation, 0, b.evaluation) || a.evaluation.index - b.evaluation.index;

function poolOrder(order: QuotaOrder): PoolOrder {
  return order === 'total-first'
    ? { order, same: sameTotal, arrange: (group) => group.slice().sort(byTotal) }
    : { order, same: sameMerit, arrange: (group) => group };
}

/**
 * Ceilings, from the highest level down: branches over the limit (by their rank in the pool
 * order) fall one level and are counted again there, so demotions cascade. Ties on the border
 * follow the quota's policy and are marked so the committee sees who sits there.
 */
function applyCeiling(quota: Quota, group: Entry[], pool: PoolOrder): boolean {
  if (!quota.max) return false;
  const limit = limitOf(quota.max, group.length, 'floor');
  let count = 0;
  for (const entry of group) if (entry.level === quota.level) count += 1;
  if (count <= limit) return false;
  const ordered = pool.arrange(group);
  const holders = ordered.filter((e) => e.level === quota.level);
  const ranks = competitionRanks(ordered, pool.same);
  const rankOf = new Map(ordered.map((e, i) => [e, ranks[i]!]));
  let cut = limit;
  const border = holders[limit]!;
  let start = limit;
  while (start > 0 && pool.same(holders[start - 1]!, border)) start -= 1;
  let end = limit;
  while (end + 1 < holders.length && pool.same(holders[end + 1]!, border)) end += 1;
  if (start < limit) {
    const kept = quota.ties === 'keep-all';
    cut = kept ? end + 1 : start;
    for (let i = start; i <= end; i += 1) {
      addReason(holders[i]!, {
        kind: 'border-tie',
        level: quota.level,
        rank: rankOf.get(holders[i]!)!,
        kept,
        policy: quota.ties,
      });
    }
  }
  for (const entry of holders.slice(cut)) {
    addReason(entry, {
      kind: 'quota-demoted',
      from: quota.level,
      to: quota.level - 1,
      rank: rankOf.get(entry)!,
      limit,
      scope: quota.scope,
      order: pool.order,
    });
    entry.level = quota.level - 1;
  }
  return cut < holders.length;
}

/** Floors: the lowest ranked move down to the level until enough branches hold it or less. */
function applyFloor(quota: Quota, group: Entry[], pool: PoolOrder): boolean {
  if (!quota.min) return false;
  const limit = limitOf(quota.min, group.length, 'ceil');
  const already = group.filter((e) => e.level <= quota.level).length;
  if (already >= limit) return false;
  const ordered = pool.arrange(group);
  const ranks = competitionRanks(ordered, pool.same);
  const candidates: { entry: Entry; rank: number }[] = [];
  for (let i = ordered.length - 1; i >= 0; i -= 1) {
    if (ordered[i]!.level > quota.level) candidates.push({ entry: ordered[i]!, rank: ranks[i]! });
  }
  let take = Math.min(limit - already, candidates.length);
  if (
    take < candidates.length &&
    take > 0 &&
    pool.same(candidates[take - 1]!.entry, candidates[take]!.entry)
  ) {
    const border = candidates[take]!.entry;
    let start = take - 1;
    while (start > 0 && pool.same(candidates[start - 1]!.entry, border)) start -= 1;
    let end = take;
    while (end + 1 < candidates.length && pool.same(candidates[end + 1]!.entry, border)) end += 1;
    const moveAll = quota.ties === 'demote-all';
    for (let i = start; i <= end; i += 1) {
      const c = candidates[i]!;
      addReason(c.entry, {
        kind: 'border-tie',
        level: quota.level,
        rank: c.rank,
        kept: !moveAll,
        policy: quota.ties,
      });
    }
    take = moveAll ? end + 1 : start;
  }
  for (const { entry, rank } of candidates.slice(0, take)) {
    addReason(entry, {
      kind: 'quota-floor',
      from: entry.level,
      to: quota.level,
      rank,
      limit,
      scope: quota.scope,
      order: pool.order,
    });
    entry.level = quota.level;
  }
  return take > 0;
}

/**
 * Applies every quota of the rubric to entries given in merit order; says whether any level
 * moved (if none did, the final order is the merit order and need not be sorted again).
 */
export function applyQuotas(definition: RubricDefinition, entries: Entry[]): boolean {
  let moved = false;
  const pool = poolOrder(definition.quotaOrder);
  const ceilings = definition.quotas.filter((q) => q.max).sort((a, b) => b.level - a.level);
  for (const quota of ceilings) {
    for (const group of scopeGroups(entries, quota.scope)) {
      moved = applyCeiling(quota, group, pool) || moved;
    }
  }
  const floors = definition.quotas.filter((q) => q.min).sort((a, b) => a.level - b.level);
  for (const quota of floors) {
    for (const group of scopeGroups(entries, quota.scope)) {
      moved = applyFloor(quota, group, pool) || moved;
    }
  }
  return moved;
}
