/** Checks of the rating scheme: bands, weights, quotas, tie-breakers, level names. */
import type { DimensionNode, Raw, Collector } from './read';
import { asList, asNumber, asObject, asText, pts, sum } from './read';
import { bonusReach } from './tree-checks';

/** The highest total the scheme can produce, or null when something is unreadable. */
export function reachableTotal(root: Raw, dims: DimensionNode[], scheme: Raw): number | null {
  const reach = dims.map((d) => {
    const b = bonusReach(d);
    return d.max === null || b === null ? null : { code: d.code, max: d.max, bonus: b };
  });
  if (reach.some((r) => r === null)) return null;
  const known = reach as { code: string | null; max: number; bonus: number }[];
  if (scheme.kind === 'weighted') {
    let total = 0;
    for (const p of asList(scheme.parts) ?? []) {
      const part = asObject(p);
      const weight = asNumber(part?.weight);
      if (!part || weight === null) return null;
      const adds = (asList(part.add) ?? []).map((c) => known.find((k) => k.code === c));
      total += (sum(adds.map((k) => (k ? k.max + k.bonus : 0))) * weight) / 100;
    }
    return total;
  }
  const rubricCap = asNumber(root.bonusCap);
  const bonus = sum(known.map((k) => k.bonus));
  return sum(known.map((k) => k.max)) + (rubricCap === null ? bonus : Math.min(rubricCap, bonus));
}

export function checkBands(
  root: Raw,
  dims: DimensionNode[],
  scheme: Raw,
  out: Collector,
): number[] {
  const bands = (asList(scheme.bands) ?? []).map((b, i) => {
    const band = asObject(b);
    return { path: `scheme.bands.${i}`, level: asNumber(band?.level), min: asNumber(band?.min) };
  });
  const byLevel = new Map<number, { path: string; level: number; min: number | null }>();
  for (const b of bands) {
    if (b.level === null) continue;
    if (byLevel.has(b.level)) out.add('band-duplicate-level', b.path, { level: b.level });
    else byLevel.set(b.level, { ...b, level: b.level });
  }
  // A higher level must ask for a higher total, whatever order the bands are listed in.
  const ordered = [...byLevel.values()].sort((a, b) => a.level - b.level);
  for (let i = 1; i < ordered.length; i += 1) {
    const lower = ordered[i - 1];
    const higher = ordered[i];
    if (!lower || !higher || lower.min === null || higher.min === null) continue;
    if (higher.min <= lower.min)
      out.add('bands-not-descending', higher.path, {
        level: higher.level,
        min: pts(higher.min),
        lowerLevel: lower.level,
        lowerMin: pts(lower.min),
      });
  }
  const reach = reachableTotal(root, dims, scheme);
  if (reach !== null) {
    for (const b of bands) {
      if (b.level !== null && b.min !== null && b.min > reach)
        out.add('band-above-max', b.path, { level: b.level, min: pts(b.min), max: pts(reach) });
    }
  }
  return [...byLevel.keys()];
}

export function checkWeighted(scheme: Raw, dimCodes: Set<string>, out: Collector): void {
  const parts = asList(scheme.parts) ?? [];
  const weights: (number | null)[] = [];
  parts.forEach((p, i) => {
    const part = asObject(p);
    weights.push(asNumber(part?.weight));
    for (const list of [part?.add, part?.subtract]) {
      for (const code of asList(list) ?? []) {
        if (typeof code === 'string' && !dimCodes.has(code))
          out.add('weighted-unknown-dimension', `scheme.parts.${i}`, { code });
      }
    }
  });
  if (parts.length > 0 && weights.every((w) => w !== null)) {
    const total = sum(weights);
    if (total !== 100) out.add('weighted-weights-not-100', 'scheme.parts', { sum: total });
  }
}

export interface Bound {
  kind: 'count' | 'share';
  value: number;
}

export function bound(v: unknown): Bound | null {
  const o = asObject(v);
  const count = asNumber(o?.count);
  if (count !== null) return { kind: 'count', value: count };
  const share = asNumber(o?.share);
  return share === null ? null : { kind: 'share', value: share };
}

export const showBound = (b: Bound): string =>
  b.kind === 'share' ? `${b.value}%` : String(b.value);

export function checkQuotas(root: Raw, levels: Set<number> | null, out: Collector): void {
  const quotas = (asList(root.quotas) ?? []).map((q, i) => {
    const o = asObject(q);
    return {
      path: `quotas.${i}`,
      level: asNumber(o?.level),
      scope: asText(o?.scope) ?? 'campaign',
      max: bound(o?.max),
      min: bound(o?.min),
    };
  });
  const floorShares = new Map<string, number>();
  for (const q of quotas) {
    if (q.level !== null && levels && !levels.has(q.level))
      out.add('quota-unknown-level', q.path, { level: q.level });
    if (q.min?.kind === 'share')
      floorShares.set(q.scope, (floorShares.get(q.scope) ?? 0) + q.min.value);
    if (q.min === null || q.level === null) continue;
    // A floor above a ceiling for the same level and scope (here or in another quota).
    for (const other of quotas) {
      if (other.level !== q.level || other.scope !== q.scope || other.max === null) continue;
      if (other.max.kind === q.min.kind && q.min.value > other.max.value)
        out.add('quota-max-and-min-conflict', q.path, {
          level: q.level,
          min: showBound(q.min),
          max: showBound(other.max),
        });
    }
  }
  for (const [scope, total] of floorShares) {
    if (total > 100) out.add('quota-share-over-100', 'quotas', { scope, sum: total });
  }
}

export function checkTieBreakers(root: Raw, dimCodes: Set<string>, out: Collector): void {
  (asList(root.tieBreakers) ?? []).forEach((t, i) => {
    const tb = asObject(t);
    const code = asText(tb?.code);
    if (tb?.kind === 'dimension' && code !== null && !dimCodes.has(code))
      out.add('tie-breaker-unknown-dimension', `tieBreakers.${i}`, { code });
  });
}

export function checkLevelNames(root: Raw, out: Collector): void {
  const levels = new Set<number>();
  const names = new Set<string>();
  (asList(root.levels) ?? []).forEach((l, i) => {
    const o = asObject(l);
    const level = asNumber(o?.level);
    const name = asText(o?.name)?.trim() ?? '';
    const dupLevel = level !== null && levels.has(level);
    const dupName = name !== '' && names.has(name);
    if (dupLevel || dupName)
      out.add('level-name-duplicate', `levels.${i}`, { level: level ?? '', name });
    if (level !== null) levels.add(level);
    if (name !== '') names.add(name);
  });
}

export function checkScheme(root: Raw, dims: DimensionNode[], out: Collector): void {
  const scheme = asObject(root.scheme);
  const dimCodes = new Set(dims.flatMap((d) => (d.code === null ? [] : [d.code])));
  let levels: Set<number> | null = null;
  if (scheme?.kind === 'per-star') {
    const relation = asObject(scheme.starRelation);
    const star = asText(relation?.star);
    if (star !== null && !dimCodes.has(star))
      out.add('star-relation-unknown-star', 'scheme.starRelation.star', { star });
    levels = new Set(Array.from({ length: dims.length + 1 }, (_, i) => i));
  } else if (scheme?.kind === 'bands' || scheme?.kind === 'weighted') {
    if (scheme.kind === 'weighted') checkWeighted(scheme, dimCodes, out);
    levels = new Set([0, ...checkBands(root, dims, scheme, out)]);
  } else if (scheme?.kind === 'selection') {
    levels = new Set([0, 1]);
  }
  checkQuotas(root, levels, out);
  checkTieBreakers(root, dimCodes, out);
  checkLevelNames(root, out);
}
