import type {
  RubricDefinition,
  RubricDimension,
  RubricIndicator,
  RubricItem,
} from '../../../../../shared/domain/rubric';

/**
 * A place in the rubric tree by position. Positions, not codes, because codes are edited in the
 * very form that shows the node, and a half-typed code must not lose the selection.
 */
export type NodeRef =
  | { kind: 'rubric' }
  | { kind: 'dimension'; d: number }
  | { kind: 'indicator'; d: number; i: number }
  | { kind: 'item'; d: number; i: number; t: number };

export const ROOT: NodeRef = { kind: 'rubric' };

export function nodeKey(ref: NodeRef): string {
  switch (ref.kind) {
    case 'rubric':
      return 'root';
    case 'dimension':
      return `d${ref.d}`;
    case 'indicator':
      return `d${ref.d}-i${ref.i}`;
    case 'item':
      return `d${ref.d}-i${ref.i}-t${ref.t}`;
  }
}

export function parseNodeKey(key: string): NodeRef | null {
  if (key === 'root') return ROOT;
  const match = /^d(\d+)(?:-i(\d+)(?:-t(\d+))?)?$/.exec(key);
  if (!match) return null;
  const d = Number(match[1]);
  if (match[2] === undefined) return { kind: 'dimension', d };
  const i = Number(match[2]);
  if (match[3] === undefined) return { kind: 'indicator', d, i };
  return { kind: 'item', d, i, t: Number(match[3]) };
}

export function getDimension(
  def: RubricDefinition,
  ref: { d: number },
): RubricDimension | undefined {
  return def.dimensions[ref.d];
}

export function getIndicator(
  def: RubricDefinition,
  ref: { d: number; i: number },
): RubricIndicator | undefined {
  return def.dimensions[ref.d]?.indicators[ref.i];
}

export function getItem(
  def: RubricDefinition,
  ref: { d: number; i: number; t: number },
): RubricItem | undefined {
  return def.dimensions[ref.d]?.indicators[ref.i]?.items[ref.t];
}

export function nodeExists(def: RubricDefinition, ref: NodeRef): boolean {
  switch (ref.kind) {
    case 'rubric':
      return true;
    case 'dimension':
      return getDimension(def, ref) !== undefined;
    case 'indicator':
      return getIndicator(def, ref) !== undefined;
    case 'item':
      return getItem(def, ref) !== undefined;
  }
}

export function parentOf(ref: NodeRef): NodeRef {
  switch (ref.kind) {
    case 'rubric':
    case 'dimension':
      return ROOT;
    case 'indicator':
      return { kind: 'dimension', d: ref.d };
    case 'item':
      return { kind: 'indicator', d: ref.d, i: ref.i };
  }
}

/**
 * The node a validation problem points at: a field path (`dimensions.0.indicators.1…`) or a
 * code. Anything else (scheme, quotas …) belongs to the rubric itself.
 */
export function refForProblem(def: RubricDefinition, at: string): NodeRef {
  const path = /^dimensions\.(\d+)(?:\.indicators\.(\d+)(?:\.items\.(\d+))?)?/.exec(at);
  if (path) {
    const ref = parseNodeKey(
      [`d${path[1]}`, path[2] && `i${path[2]}`, path[3] && `t${path[3]}`].filter(Boolean).join('-'),
    );
    if (ref && nodeExists(def, ref)) return ref;
  }
  for (const [d, dim] of def.dimensions.entries()) {
    if (dim.code === at) return { kind: 'dimension', d };
    for (const [i, ind] of dim.indicators.entries()) {
      if (ind.code === at) return { kind: 'indicator', d, i };
      for (const [t, item] of ind.items.entries()) {
        if (item.code === at) return { kind: 'item', d, i, t };
      }
    }
  }
  return ROOT;
}
