/** Tolerant reading of a rubric that may be malformed, and the collector of problems. */
import type { ItemType } from '../rubric';
import { ITEM_TYPES } from '../rubric';
import { formatCenti } from '../points';
import type { RubricProblem } from '../views';
import type { RubricProblemCode } from './codes';

export type Raw = Readonly<Record<string, unknown>>;
export type Params = Record<string, string | number>;

export const asObject = (v: unknown): Raw | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : null;
export const asList = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);
export const asNumber = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
export const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const pts = (centi: number): string => formatCenti(centi);
export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

export interface Node {
  path: string;
  /** The code, or the path when the code is unreadable, so a problem always has a place. */
  at: string;
  code: string | null;
  max: number | null;
  raw: Raw;
}
export interface ItemNode extends Node {
  type: string | null;
}
export interface IndicatorNode extends Node {
  items: ItemNode[] | null;
}
export interface DimensionNode extends Node {
  indicators: IndicatorNode[] | null;
}

export function node(raw: Raw, path: string): Node {
  const code = asText(raw.code);
  return { path, at: code ?? path, code, max: asNumber(raw.max), raw };
}

/** Reads whatever of the tree is readable; a list that is not a list becomes null. */
export function readTree(root: Raw): DimensionNode[] | null {
  const dims = asList(root.dimensions);
  if (!dims) return null;
  return dims.flatMap((d, di) => {
    const dim = asObject(d);
    if (!dim) return [];
    const dimPath = `dimensions.${di}`;
    const inds = asList(dim.indicators);
    return [
      {
        ...node(dim, dimPath),
        indicators: inds
          ? inds.flatMap((i, ii) => {
              const ind = asObject(i);
              if (!ind) return [];
              const indPath = `${dimPath}.indicators.${ii}`;
              const items = asList(ind.items);
              return [
                {
                  ...node(ind, indPath),
                  items: items
                    ? items.flatMap((it, ti) => {
                        const item = asObject(it);
                        if (!item) return [];
                        const n = node(item, `${indPath}.items.${ti}`);
                        return [{ ...n, type: asText(item.type) }];
                      })
                    : null,
                },
              ];
            })
          : null,
      },
    ];
  });
}

export class Collector {
  readonly problems: RubricProblem[] = [];
  /** Schema paths a semantic problem already explains (e.g. an unknown type). */
  readonly covered = new Set<string>();

  add(code: RubricProblemCode, at: string, params?: Params): void {
    this.problems.push(params ? { code, at, params } : { code, at });
  }
}

export const isItemType = (t: string | null): t is ItemType =>
  t !== null && (ITEM_TYPES as readonly string[]).includes(t);
