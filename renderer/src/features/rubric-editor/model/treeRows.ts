import type { ItemType, RubricDefinition } from './types';
import type { NodeRef } from './nodeRef';
import { nodeKey } from './nodeRef';
import type { NodeSum } from './sums';
import { dimensionSum, indicatorSum, rubricSum } from './sums';

/** One visible line of the editor's tree. */
export interface TreeRow {
  key: string;
  ref: NodeRef;
  depth: number;
  code: string;
  name: string;
  nameEn: string | undefined;
  /** Parents: declared maximum against the children's sum. */
  sum?: NodeSum;
  /** Items: their type and maximum. */
  itemType?: ItemType;
  max: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** The tree flattened in display order, leaving out the children of collapsed nodes. */
export function buildTreeRows(
  def: RubricDefinition,
  rubricName: string,
  collapsed: ReadonlySet<string>,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const rootKey = nodeKey({ kind: 'rubric' });
  const rootOpen = !collapsed.has(rootKey);
  rows.push({
    key: rootKey,
    ref: { kind: 'rubric' },
    depth: 0,
    code: '',
    name: rubricName,
    nameEn: undefined,
    sum: rubricSum(def),
    max: def.max,
    hasChildren: def.dimensions.length > 0,
    expanded: rootOpen,
  });
  if (!rootOpen) return rows;
  def.dimensions.forEach((dim, d) => {
    const ref: NodeRef = { kind: 'dimension', d };
    const key = nodeKey(ref);
    const open = !collapsed.has(key);
    rows.push({
      key,
      ref,
      depth: 1,
      code: dim.code,
      name: dim.name,
      nameEn: dim.nameEn,
      sum: dimensionSum(dim),
      max: dim.max,
      hasChildren: dim.indicators.length > 0,
      expanded: open,
    });
    if (!open) return;
    dim.indicators.forEach((ind, i) => {
      const indRef: NodeRef = { kind: 'indicator', d, i };
      const indKey = nodeKey(indRef);
      const indOpen = !collapsed.has(indKey);
      rows.push({
        key: indKey,
        ref: indRef,
        depth: 2,
        code: ind.code,
        name: ind.name,
        nameEn: ind.nameEn,
        sum: indicatorSum(ind),
        max: ind.max,
        hasChildren: ind.items.length > 0,
        expanded: indOpen,
      });
      if (!indOpen) return;
      ind.items.forEach((item, t) => {
        const itemRef: NodeRef = { kind: 'item', d, i, t };
        rows.push({
          key: nodeKey(itemRef),
          ref: itemRef,
          depth: 3,
          code: item.code,
          name: item.name,
          nameEn: item.nameEn,
          itemType: item.type,
          max: item.max,
          hasChildren: false,
          expanded: false,
        });
      });
    });
  });
  return rows;
}
