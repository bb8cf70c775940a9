import type { PlanTarget, RankingRow } from '../../../../../shared/domain/views';

export interface TownshipRef {
  id: string;
  name: string;
}

/** Townships in the order people know them (by name, Chinese collation), each once. */
export function townshipsOf(rows: readonly RankingRow[]): TownshipRef[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (!seen.has(row.townshipId)) seen.set(row.townshipId, row.townshipName);
  return byTownshipName([...seen].map(([id, name]) => ({ id, name })));
}

/** Townships A→Z as people look for them (pinyin order for Chinese names). */
export function byTownshipName(townships: readonly TownshipRef[]): TownshipRef[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return [...townships].sort((a, b) => collator.compare(a.name, b.name));
}

/** Rated branches at each of `levels` (highest first). */
export function countLevels(rows: readonly RankingRow[], levels: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const row of rows) {
    if (row.status === 'rated' && row.level !== null) {
      counts.set(row.level, (counts.get(row.level) ?? 0) + 1);
    }
  }
  return levels.map((level) => counts.get(level) ?? 0);
}

/**
 * Branches at each of `levels` after the committee (评审后): the decided level where the committee
 * decided (none for 退回复核 / 暂缓), else the computed level of a rated branch.
 */
export function countLevelsAfterReview(
  rows: readonly RankingRow[],
  levels: readonly number[],
): number[] {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const level = row.decided
      ? row.decided.decidedLevel
      : row.status === 'rated'
        ? row.level
        : null;
    if (level !== null) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return levels.map((level) => counts.get(level) ?? 0);
}

/** For each township, how many rated branches earned each star (in `stars` order). */
export function starsByTownship(
  rows: readonly RankingRow[],
  townships: readonly TownshipRef[],
  stars: readonly string[],
): number[][] {
  const index = new Map(townships.map((tw, i) => [tw.id, i]));
  const counts = townships.map(() => stars.map(() => 0));
  for (const row of rows) {
    const at = index.get(row.townshipId);
    if (at === undefined || row.status !== 'rated') continue;
    const line = counts[at];
    if (!line) continue;
    stars.forEach((star, s) => {
      if (row.stars.includes(star)) line[s] = (line[s] ?? 0) + 1;
    });
  }
  return counts;
}

export interface PlanLine {
  kind: PlanTarget['kind'];
  target: string;
  plan: number;
  result: number;
}

function resultFor(rows: readonly RankingRow[], kind: PlanTarget['kind'], target: string): number {
  let n = 0;
  for (const row of rows) {
    if (row.status !== 'rated') continue;
    if (kind === 'level' ? String(row.level) === target : row.stars.includes(target)) n += 1;
  }
  return n;
}

/**
 * Plan against result for each planned level and star. Over the whole campaign a campaign-wide
 * target wins; without one, the townships' targets add up. With townships chosen, only their
 * targets count, and the result is counted among their branches only.
 */
export function comparePlan(
  rows: readonly RankingRow[],
  plan: readonly PlanTarget[],
  townshipIds: readonly string[],
  starOrder: readonly string[],
): PlanLine[] {
  const chosen = new Set(townshipIds);
  const scoped = chosen.size === 0 ? rows : rows.filter((r) => chosen.has(r.townshipId));
  const overall = new Map<string, number>();
  const summed = new Map<string, number>();
  for (const p of plan) {
    const key = `${p.kind}:${p.target}`;
    if (p.townshipId === null) overall.set(key, p.count);
    else if (chosen.size === 0 || chosen.has(p.townshipId)) {
      summed.set(key, (summed.get(key) ?? 0) + p.count);
    }
  }
  const keys = new Set([...(chosen.size === 0 ? overall.keys() : []), ...summed.keys()]);
  const lines = [...keys].map((key): PlanLine => {
    const [kind, target] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const planKind = kind === 'star' ? 'star' : 'level';
    return {
      kind: planKind,
      target,
      plan: (chosen.size === 0 ? overall.get(key) : undefined) ?? summed.get(key) ?? 0,
      result: resultFor(scoped, planKind, target),
    };
  });
  const starRank = (code: string) => {
    const at = starOrder.indexOf(code);
    return at < 0 ? starOrder.length : at;
  };
  // Levels first, highest first, then stars in rubric order.
  return lines.sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === 'level' ? -1 : 1;
    return a.kind === 'level'
      ? Number(b.target) - Number(a.target)
      : starRank(a.target) - starRank(b.target);
  });
}
