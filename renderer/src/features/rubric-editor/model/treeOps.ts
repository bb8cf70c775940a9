import type {
  RubricDefinition,
  RubricDimension,
  RubricIndicator,
  RubricItem,
} from '../../../../../shared/domain/rubric';
import type { NodeRef } from './nodeRef';

/** Immutable edits of the rubric tree: each returns a new definition, so undo keeps the old one. */

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((entry, at) => (at === index ? value : entry));
}

function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  return [...list.slice(0, index), value, ...list.slice(index)];
}

function swap<T>(list: readonly T[], a: number, b: number): T[] {
  const next = [...list];
  const first = next[a];
  const second = next[b];
  if (first === undefined || second === undefined) return next;
  next[a] = second;
  next[b] = first;
  return next;
}

export function updateDimension(
  def: RubricDefinition,
  d: number,
  change: (dim: RubricDimension) => RubricDimension,
): RubricDefinition {
  const dim = def.dimensions[d];
  if (!dim) return def;
  return { ...def, dimensions: replaceAt(def.dimensions, d, change(dim)) };
}

export function updateIndicator(
  def: RubricDefinition,
  d: number,
  i: number,
  change: (ind: RubricIndicator) => RubricIndicator,
): RubricDefinition {
  return updateDimension(def, d, (dim) => {
    const ind = dim.indicators[i];
    return ind ? { ...dim, indicators: replaceAt(dim.indicators, i, change(ind)) } : dim;
  });
}

export function updateItem(
  def: RubricDefinition,
  d: number,
  i: number,
  t: number,
  change: (item: RubricItem) => RubricItem,
): RubricDefinition {
  return updateIndicator(def, d, i, (ind) => {
    const item = ind.items[t];
    return item ? { ...ind, items: replaceAt(ind.items, t, change(item)) } : ind;
  });
}

export interface TreeEdit {
  definition: RubricDefinition;
  /** The node to select afterwards. */
  select: NodeRef;
}

export function insertDimension(def: RubricDefinition, at: number, dim: RubricDimension): TreeEdit {
  const index = Math.max(0, Math.min(at, def.dimensions.length));
  return {
    definition: { ...def, dimensions: insertAt(def.dimensions, index, dim) },
    select: { kind: 'dimension', d: index },
  };
}

export function insertIndicator(
  def: RubricDefinition,
  d: number,
  at: number,
  ind: RubricIndicator,
): TreeEdit {
  const count = def.dimensions[d]?.indicators.length ?? 0;
  const index = Math.max(0, Math.min(at, count));
  return {
    definition: updateDimension(def, d, (dim) => ({
      ...dim,
      indicators: insertAt(dim.indicators, index, ind),
    })),
    select: { kind: 'indicator', d, i: index },
  };
}

export function insertItem(
  def: RubricDefinition,
  d: number,
  i: number,
  at: number,
  item: RubricItem,
): TreeEdit {
  const count = def.dimensions[d]?.indicators[i]?.items.length ?? 0;
  const index = Math.max(0, Math.min(at, count));
  return {
    definition: updateIndicator(def, d, i, (ind) => ({
      ...ind,
      items: insertAt(ind.items, index, item),
    })),
    select: { kind: 'item', d, i, t: index },
  };
}

/** Removes a node with everything under it; selects the sibling before it, else the parent. */
export function deleteNode(def: RubricDefinition, ref: NodeRef): TreeEdit | null {
  switch (ref.kind) {
    case 'rubric':
      return null;
    case 'dimension': {
      const dimensions = def.dimensions.filter((_, at) => at !== ref.d);
      return {
        definition: { ...def, dimensions },
        select:
          dimensions.length === 0
            ? { kind: 'rubric' }
            : { kind: 'dimension', d: Math.max(0, ref.d - 1) },
      };
    }
    case 'indicator': {
      const left = (def.dimensions[ref.d]?.indicators.length ?? 1) - 1;
      return {
        definition: updateDimension(def, ref.d, (dim) => ({
          ...dim,
          indicators: dim.indicators.filter((_, at) => at !== ref.i),
        })),
        select:
          left === 0
            ? { kind: 'dimension', d: ref.d }
            : { kind: 'indicator', d: ref.d, i: Math.max(0, ref.i - 1) },
      };
    }
    case 'item': {
      const left = (def.dimensions[ref.d]?.indicators[ref.i]?.items.length ?? 1) - 1;
      return {
        definition: updateIndicator(def, ref.d, ref.i, (ind) => ({
          ...ind,
          items: ind.items.filter((_, at) => at !== ref.t),
        })),
        select:
          left === 0
            ? { kind: 'indicator', d: ref.d, i: ref.i }
            : { kind: 'item', d: ref.d, i: ref.i, t: Math.max(0, ref.t - 1) },
      };
    }
  }
}

/** Moves a node one place up (-1) or down (+1) among its siblings; null at either end. */
export function moveNode(def: RubricDefinition, ref: NodeRef, delta: -1 | 1): TreeEdit | null {
  switch (ref.kind) {
    case 'rubric':
      return null;
    case 'dimension': {
      const to = ref.d + delta;
      if (to < 0 || to >= def.dimensions.length) return null;
      return {
        definition: { ...def, dimensions: swap(def.dimensions, ref.d, to) },
        select: { kind: 'dimension', d: to },
      };
    }
    case 'indicator': {
      const to = ref.i + delta;
      const count = def.dimensions[ref.d]?.indicators.length ?? 0;
      if (to < 0 || to >= count) return null;
      return {
        definition: updateDimension(def, ref.d, (dim) => ({
          ...dim,
          indicators: swap(dim.indicators, ref.i, to),
        })),
        select: { kind: 'indicator', d: ref.d, i: to },
      };
    }
    case 'item': {
      const to = ref.t + delta;
      const count = def.dimensions[ref.d]?.indicators[ref.i]?.items.length ?? 0;
      if (to < 0 || to >= count) return null;
      return {
        definition: updateIndicator(def, ref.d, ref.i, (ind) => ({
          ...ind,
          items: swap(ind.items, ref.t, to),
        })),
        select: { kind: 'item', d: ref.d, i: ref.i, t: to },
      };
    }
  }
}
