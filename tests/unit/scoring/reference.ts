/**
 * A deliberately simple, slow reference implementation of the rating rules, written from the
 * semantics in the engineering brief and NOT from the engine in shared/scoring. The property
 * tests compare the two on random rubrics and sheets, so it must stay independent: plain loops,
 * exact fractions over BigInt, no typed arrays, and no imports from shared/scoring.
 *
 * Where the brief is silent, the choice made here is written next to the code (look for
 * "Choice:"). The property tests keep away from those corners or say so.
 */
import type { RubricDefinition, RubricItem } from '../../../shared/domain/rubric';

export interface RefEntry {
  points?: number;
  fact?: number;
}
/** One evaluator's sheet: entries by item code; an item not listed was not entered. */
export type RefSheet = Record<string, RefEntry>;
export type RoundKind = 'self' | 'township' | 'county' | 'other';

export interface RefBranch {
  branchId: string;
  townshipId: string;
  sheets: RefSheet[];
  resolvedVetoes?: ReadonlyMap<string, string>;
  otherRoundTotals?: Partial<Record<RoundKind, number>>;
  previousLevel?: number | null;
}

export type RefStatus = 'rated' | 'vetoed' | 'incomplete' | 'unscored';
export type RefChange = 'gained' | 'lost' | 'withdrawn' | 'same' | 'new';

export interface RefResult {
  branchId: string;
  townshipId: string;
  status: RefStatus;
  total: number | null;
  /** Rounded dimension scores by code (empty when incomplete or unscored). */
  dimensions: Record<string, number>;
  /** Stars awarded at the final level, in rubric order (none when not rated). */
  stars: string[];
  level: number | null;
  levelBeforeQuota: number | null;
  rank: number | null;
  change: RefChange | null;
}

// ---------------------------------------------------------------------------------------------
// Exact fractions.

interface Frac {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x === 0n ? 1n : x;
}

function frac(n: bigint, d: bigint = 1n): Frac {
  if (d === 0n) throw new Error('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

function int(n: number): Frac {
  return frac(BigInt(n));
}

function add(a: Frac, b: Frac): Frac {
  return frac(a.n * b.d + b.n * a.d, a.d * b.d);
}

function cmp(a: Frac, b: Frac): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

function minFrac(a: Frac, b: Frac): Frac {
  return cmp(a, b) <= 0 ? a : b;
}

function floorFrac(a: Frac): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

function ceilFrac(a: Frac): bigint {
  return -floorFrac(frac(-a.n, a.d));
}

/** A decimal such as 12.5 as an exact fraction (shares are given in percent). */
function decimal(x: number): Frac {
  const [whole, part = ''] = String(x).split('.');
  const scale = 10n ** BigInt(part.length);
  return frac(BigInt(`${whole}${part}`), scale);
}

/** Rounds hundredths to the rubric precision, half away from zero. */
function roundHundredths(x: Frac, precision: number): number {
  const unit = 10n ** BigInt(2 - precision);
  const q = frac(x.n, x.d * unit);
  const half = frac(1n, 2n);
  const r = q.n >= 0n ? floorFrac(add(q, half)) : -floorFrac(add(frac(-q.n, q.d), half));
  return Number(r * unit);
}

// ---------------------------------------------------------------------------------------------
// Combining evaluators.

function mean(values: bigint[]): Frac {
  let sum = 0n;
  for (const v of values) sum += v;
  return frac(sum, BigInt(values.length));
}

function sortedCopy(values: bigint[]): bigint[] {
  const copy = [...values];
  // Insertion sort: obviously correct, and the lists are short.
  for (let i = 1; i < copy.length; i++) {
    for (let j = i; j > 0 && copy[j - 1]! > copy[j]!; j--) {
      const t = copy[j]!;
      copy[j] = copy[j - 1]!;
      copy[j - 1] = t;
    }
  }
  return copy;
}

function combine(def: RubricDefinition, values: bigint[]): Frac {
  const method = def.combine.method;
  if (method === 'mean') return mean(values);
  const sorted = sortedCopy(values);
  if (method === 'trimmed-mean') {
    if (sorted.length >= def.combine.trimMinEvaluators) return mean(sorted.slice(1, -1));
    return mean(sorted);
  }
  // Choice: an even count takes the mean of the two middle values.
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return int(Number(sorted[mid]!));
  return mean([sorted[mid - 1]!, sorted[mid]!]);
}

// ---------------------------------------------------------------------------------------------
// One branch.

interface Placed {
  item: RubricItem;
  dimension: string;
}

function placedItems(def: RubricDefinition): Placed[] {
  const out: Placed[] = [];
  for (const dim of def.dimensions)
    for (const ind of dim.indicators)
      for (const item of ind.items) out.push({ item, dimension: dim.code });
  return out;
}

function isScoring(item: RubricItem): boolean {
  return item.type !== 'veto' && item.type !== 'gate';
}

function gateMet(item: RubricItem, value: number): boolean {
  const min = item.gate?.min;
  return min === undefined ? value === 1 : value >= min;
}

interface Evaluated {
  index: number;
  input: RefBranch;
  status: RefStatus;
  total: number | null;
  dimensions: Record<string, number>;
  stars: string[];
  /** Level from the scores, vetoes and gates (selection fills it in later). */
  level: number | null;
  /** Lowest cap from vetoes and gates, applied after selection. */
  cap: number;
}

function evaluate(def: RubricDefinition, input: RefBranch, index: number): Evaluated {
  const base: Evaluated = {
    index,
    input,
    status: 'unscored',
    total: null,
    dimensions: {},
    stars: [],
    level: null,
    cap: Number.POSITIVE_INFINITY,
  };
  const sheets = input.sheets;
  if (sheets.length === 0) return base;
  const placed = placedItems(def);

  // Bonus and veto items may be left out; anything else left out on any sheet = incomplete.
  // Choice: a gate counts as "anything else" (the brief names only bonus and veto).
  for (const { item } of placed) {
    if (item.type === 'bonus' || item.type === 'veto') continue;
    for (const sheet of sheets) {
      const entry = sheet[item.code];
      const value = item.type === 'gate' ? entry?.fact : entry?.points;
      if (value === undefined) return { ...base, status: 'incomplete' };
    }
  }

  // Vetoes: raised by anyone and not resolved.
  const liveVetoes: Placed[] = [];
  for (const p of placed) {
    if (p.item.type !== 'veto') continue;
    let raised = false;
    for (const sheet of sheets) if (sheet[p.item.code]?.fact === 1) raised = true;
    if (raised && !input.resolvedVetoes?.has(p.item.code)) liveVetoes.push(p);
  }

  // Points per dimension, exact; bonus capped per item, per dimension, then for the rubric.
  let nonBonusTotal = int(0);
  let bonusTotal = int(0);
  const dimExact: Record<string, Frac> = {};
  for (const dim of def.dimensions) {
    let scored = int(0);
    let bonus = int(0);
    for (const p of placed) {
      if (p.dimension !== dim.code || !isScoring(p.item)) continue;
      const values: bigint[] = [];
      for (const sheet of sheets) values.push(BigInt(sheet[p.item.code]?.points ?? 0));
      const value = combine(def, values);
      if (p.item.type === 'bonus') bonus = add(bonus, minFrac(value, int(p.item.max)));
      else scored = add(scored, value);
    }
    if (dim.bonusCap !== undefined) bonus = minFrac(bonus, int(dim.bonusCap));
    dimExact[dim.code] = add(scored, bonus);
    nonBonusTotal = add(nonBonusTotal, scored);
    bonusTotal = add(bonusTotal, bonus);
  }
  if (def.bonusCap !== undefined) bonusTotal = minFrac(bonusTotal, int(def.bonusCap));
  const total = roundHundredths(add(nonBonusTotal, bonusTotal), def.precision);
  const dimensions: Record<string, number> = {};
  for (const dim of def.dimensions)
    dimensions[dim.code] = roundHundredths(dimExact[dim.code]!, def.precision);

  const result: Evaluated = { ...base, status: 'rated', total, dimensions };
  for (const p of liveVetoes)
    if (p.item.veto?.effect === 'no-rating') return { ...result, status: 'vetoed' };

  const gateFailed = (item: RubricItem): boolean => {
    for (const sheet of sheets) if (!gateMet(item, sheet[item.code]?.fact ?? 0)) return true;
    return false;
  };

  let level = 0;
  const scheme = def.scheme;
  if (scheme.kind === 'per-star') {
    // Choice: the pass line is compared with the rounded star score, the one people see.
    const earned: Record<string, boolean> = {};
    for (const dim of def.dimensions) {
      let ok = dimensions[dim.code]! >= (dim.passLine ?? 0);
      for (const p of liveVetoes)
        if (p.dimension === dim.code && p.item.veto?.scope === 'star') ok = false;
      for (const p of placed)
        if (p.dimension === dim.code && p.item.gate?.effect === 'cancel-star' && gateFailed(p.item))
          ok = false;
      earned[dim.code] = ok;
    }
    const counted: Record<string, boolean> = { ...earned };
    const relation = scheme.starRelation;
    if (relation?.relation === 'capstone') {
      let othersAll = true;
      for (const dim of def.dimensions)
        if (dim.code !== relation.star && !earned[dim.code]) othersAll = false;
      if (!othersAll) counted[relation.star] = false;
    }
    if (relation?.relation === 'prerequisite' && !earned[relation.star])
      for (const dim of def.dimensions) counted[dim.code] = false;
    for (const dim of def.dimensions) {
      if (counted[dim.code]) {
        result.stars.push(dim.code);
        level += 1;
      }
    }
  } else if (scheme.kind === 'bands') {
    let bestMin = -1;
    for (const band of scheme.bands) {
      if (band.min <= total && band.min > bestMin) {
        bestMin = band.min;
        level = band.level;
      }
    }
  } else if (scheme.kind === 'weighted') {
    throw new Error('the reference does not implement weighted schemes');
  }

  let cap = Number.POSITIVE_INFINITY;
  for (const p of liveVetoes)
    if (p.item.veto?.effect === 'cap-level') cap = Math.min(cap, p.item.veto.capLevel);
  for (const p of placed)
    if (p.item.gate?.effect === 'cap-level' && gateFailed(p.item))
      cap = Math.min(cap, p.item.gate.level - 1);
  result.cap = cap;
  result.level = scheme.kind === 'selection' ? null : Math.min(level, cap);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Ordering, selection, quotas, ranks.

function tieValues(def: RubricDefinition, e: Evaluated): number[] {
  const values: number[] = [];
  for (const tb of def.tieBreakers) {
    if (tb.kind === 'dimension') values.push(e.dimensions[tb.code] ?? Number.NEGATIVE_INFINITY);
    // Choice: a branch with no total in that round sorts below one that has it.
    else values.push(e.input.otherRoundTotals?.[tb.roundKind] ?? Number.NEGATIVE_INFINITY);
  }
  return values;
}

/** Negative when a comes before b. Level first only when asked (quotas compare within one). */
function compareKeys(
  def: RubricDefinition,
  a: Evaluated,
  b: Evaluated,
  levels: Map<Evaluated, number>,
  withLevel: boolean,
): number {
  if (withLevel) {
    const la = levels.get(a)!;
    const lb = levels.get(b)!;
    if (la !== lb) return lb - la;
  }
  if (a.total! !== b.total!) return b.total! - a.total!;
  const ta = tieValues(def, a);
  const tb = tieValues(def, b);
  for (let i = 0; i < ta.length; i++) if (ta[i] !== tb[i]) return tb[i]! > ta[i]! ? 1 : -1;
  return 0;
}

function sortByKey(
  def: RubricDefinition,
  list: Evaluated[],
  levels: Map<Evaluated, number>,
  withLevel: boolean,
): Evaluated[] {
  const copy = [...list];
  // Stable insertion sort: equal keys keep input order.
  for (let i = 1; i < copy.length; i++) {
    for (let j = i; j > 0; j--) {
      const c = compareKeys(def, copy[j - 1]!, copy[j]!, levels, withLevel);
      if (c > 0 || (c === 0 && copy[j - 1]!.index > copy[j]!.index)) {
        const t = copy[j]!;
        copy[j] = copy[j - 1]!;
        copy[j - 1] = t;
      } else break;
    }
  }
  return copy;
}

function groupsOf(rated: Evaluated[], scope: 'campaign' | 'township'): Evaluated[][] {
  if (scope === 'campaign') return [rated];
  const byTownship = new Map<string, Evaluated[]>();
  for (const e of rated) {
    const list = byTownship.get(e.input.townshipId) ?? [];
    list.push(e);
    byTownship.set(e.input.townshipId, list);
  }
  return [...byTownship.values()];
}

function limitOf(
  spec: { count: number } | { share: number },
  n: number,
  round: 'floor' | 'ceil',
): number {
  if ('count' in spec) return spec.count;
  const exact = frac(decimal(spec.share).n * BigInt(n), decimal(spec.share).d * 100n);
  return Number(round === 'floor' ? floorFrac(exact) : ceilFrac(exact));
}

/**
 * Selection by counting, not by cutting a sorted list: a branch is selected when fewer than
 * `top` eligible branches beat it, "beat" depending on the tie policy: a higher total
 * (keep-all: everyone tied across the last place stays), a higher or equal total other than
 * itself (drop-all: the tied run goes), or a better total-and-tie-breakers key (tie-breakers).
 */
function select(def: RubricDefinition, rated: Evaluated[], levels: Map<Evaluated, number>): void {
  const scheme = def.scheme;
  if (scheme.kind !== 'selection') return;
  for (const group of groupsOf(rated, scheme.scope)) {
    const eligible = group.filter((e) => scheme.min === undefined || e.total! >= scheme.min);
    for (const e of group) levels.set(e, 0);
    for (const e of eligible) {
      let ahead = 0;
      for (const other of eligible) {
        if (other === e) continue;
        if (scheme.ties === 'keep-all' && other.total! > e.total!) ahead += 1;
        if (scheme.ties === 'drop-all' && other.total! >= e.total!) ahead += 1;
        if (scheme.ties === 'tie-breakers' && compareKeys(def, other, e, levels, false) < 0)
          ahead += 1;
      }
      if (ahead < scheme.top) levels.set(e, 1);
    }
  }
  for (const e of rated) levels.set(e, Math.min(levels.get(e)!, e.cap));
}

/**
 * Inside a quota, branches are ordered by the rubric's `quotaOrder`: by the rank they had
 * before any quota (level before quota, then total, then tie-breakers), so a branch pushed down
 * from five stars stays ahead of a native four-star one, or by total and tie-breakers alone.
 * The same order settles who is tied on a border.
 */
function applyCeilings(
  def: RubricDefinition,
  rated: Evaluated[],
  levels: Map<Evaluated, number>,
  before: Map<Evaluated, number>,
) {
  const ceilings = def.quotas.filter((q) => q.max !== undefined);
  const byLevel = def.quotaOrder === 'level-first';
  const highestFirst = [...ceilings].sort((a, b) => b.level - a.level);
  for (const quota of highestFirst) {
    for (const group of groupsOf(rated, quota.scope)) {
      const limit = limitOf(quota.max!, group.length, 'floor');
      const members = sortByKey(
        def,
        group.filter((e) => levels.get(e) === quota.level),
        before,
        byLevel,
      );
      if (members.length <= limit) continue;
      let keep = limit;
      if (limit > 0) {
        const last = members[limit - 1]!;
        const tied = (e: Evaluated) => compareKeys(def, e, last, before, byLevel) === 0;
        if (tied(members[limit]!)) {
          let start = limit - 1;
          while (start > 0 && tied(members[start - 1]!)) start -= 1;
          let end = limit;
          while (end < members.length && tied(members[end]!)) end += 1;
          keep = quota.ties === 'keep-all' ? end : start;
        }
      }
      for (let i = keep; i < members.length; i++) levels.set(members[i]!, quota.level - 1);
    }
  }
}

function applyFloors(
  def: RubricDefinition,
  rated: Evaluated[],
  levels: Map<Evaluated, number>,
  before: Map<Evaluated, number>,
) {
  for (const quota of def.quotas) {
    if (quota.min === undefined) continue;
    for (const group of groupsOf(rated, quota.scope)) {
      const need = limitOf(quota.min, group.length, 'ceil');
      // Choice: the floor counts branches at exactly that level, and moves the lowest by the
      // same pre-quota rank the ceilings use.
      const have = group.filter((e) => levels.get(e) === quota.level).length;
      if (have >= need) continue;
      const above = sortByKey(
        def,
        group.filter((e) => levels.get(e)! > quota.level),
        before,
        def.quotaOrder === 'level-first',
      );
      // Move the lowest `need − have`; a tie across that border follows the quota's `ties`
      // (demote-all: the whole tied group moves; keep-all: it stays, the floor stays short).
      let cut = Math.max(0, above.length - (need - have));
      if (cut > 0 && cut < above.length) {
        const first = above[cut]!;
        const tied = (e: Evaluated) =>
          compareKeys(def, e, first, before, def.quotaOrder === 'level-first') === 0;
        if (tied(above[cut - 1]!)) {
          let start = cut - 1;
          while (start > 0 && tied(above[start - 1]!)) start -= 1;
          let end = cut;
          while (end < above.length && tied(above[end]!)) end += 1;
          cut = quota.ties === 'keep-all' ? end : start;
        }
      }
      for (let i = cut; i < above.length; i++) levels.set(above[i]!, quota.level);
    }
  }
}

/**
 * The stars awarded at the final level: all that count when the level leaves room, else the
 * prerequisite first, the capstone last and the others by margin over the pass line (widest
 * first, earlier in the rubric on equal margins), as many as the level.
 */
function awarded(def: RubricDefinition, e: Evaluated, level: number): string[] {
  if (level >= e.stars.length) return e.stars;
  const relation = def.scheme.kind === 'per-star' ? def.scheme.starRelation : undefined;
  const place = (code: string): number => {
    if (relation?.star !== code) return 1;
    return relation.relation === 'prerequisite' ? 0 : 2;
  };
  const margin = (code: string): number => {
    const dim = def.dimensions.find((d) => d.code === code)!;
    return e.dimensions[code]! - (dim.passLine ?? 0);
  };
  const position = (code: string): number => def.dimensions.findIndex((d) => d.code === code);
  const chosen = [...e.stars]
    .sort((a, b) => place(a) - place(b) || margin(b) - margin(a) || position(a) - position(b))
    .slice(0, level);
  return e.stars.filter((code) => chosen.includes(code));
}

function yearChange(level: number | null, previous: number | null | undefined): RefChange | null {
  if (previous === undefined) return 'new';
  const prev = previous ?? 0;
  if (level !== null && level > prev) return 'gained';
  if (level !== null && level >= 1 && level < prev) return 'lost';
  if (prev >= 1 && (level === null || level === 0)) return 'withdrawn';
  if (level === prev) return 'same';
  return null;
}

/** Every branch's result: rated by rank (input order on exact ties), then vetoed, incomplete, unscored. */
export function referenceResults(def: RubricDefinition, inputs: RefBranch[]): RefResult[] {
  const evaluated = inputs.map((input, i) => evaluate(def, input, i));
  const rated = evaluated.filter((e) => e.status === 'rated');
  const levels = new Map<Evaluated, number>();
  for (const e of rated) levels.set(e, e.level ?? 0);
  select(def, rated, levels);
  const beforeQuota = new Map(levels);
  applyCeilings(def, rated, levels, beforeQuota);
  applyFloors(def, rated, levels, beforeQuota);

  const ordered = sortByKey(def, rated, levels, true);
  const ranks = new Map<Evaluated, number>();
  for (const e of ordered) {
    let better = 0;
    for (const other of ordered) if (compareKeys(def, other, e, levels, true) < 0) better += 1;
    ranks.set(e, better + 1);
  }

  const out: RefResult[] = [];
  const emit = (e: Evaluated): void => {
    const level = e.status === 'rated' ? levels.get(e)! : null;
    out.push({
      branchId: e.input.branchId,
      townshipId: e.input.townshipId,
      status: e.status,
      total: e.total,
      dimensions: e.dimensions,
      stars: level === null ? [] : awarded(def, e, level),
      level,
      levelBeforeQuota: e.status === 'rated' ? beforeQuota.get(e)! : null,
      rank: ranks.get(e) ?? null,
      change: yearChange(level, e.input.previousLevel),
    });
  };
  for (const e of ordered) emit(e);
  for (const status of ['vetoed', 'incomplete', 'unscored'] as const)
    for (const e of evaluated) if (e.status === status) emit(e);
  return out;
}
