import type { TFunction } from 'i18next';
import type { EvaluatorView, TownshipNode } from '../../../../shared/domain/views';

export interface UnitTreeNode {
  value: string;
  title: string;
  children?: UnitTreeNode[];
}

/**
 * Units an evaluator may come from: each township or sub-district with its branches. A county
 * unit already on an evaluator (the demo's county staff) is offered too, so editing other
 * fields does not show a bare id.
 */
export function unitTree(
  t: TFunction,
  townships: TownshipNode[],
  current: EvaluatorView | null,
): UnitTreeNode[] {
  const nodes: UnitTreeNode[] = townships.map((township) => ({
    value: township.id,
    title: t('evaluators.unitWithKind', {
      name: township.name,
      kind: t(`unitKind.${township.kind}`),
    }),
    children: township.branches.map((b) => ({ value: b.id, title: b.name })),
  }));
  if (current?.unitKind === 'county' && current.unitId && current.unitName) {
    nodes.unshift({
      value: current.unitId,
      title: t('evaluators.unitWithKind', { name: current.unitName, kind: t('unitKind.county') }),
    });
  }
  return nodes;
}

/** "柳林镇 · 乡镇" style label of an evaluator's unit, or the "no unit" text. */
export function unitLabel(t: TFunction, evaluator: EvaluatorView): string {
  if (!evaluator.unitName || !evaluator.unitKind) return t('evaluators.noUnit');
  return t('evaluators.unitWithKind', {
    name: evaluator.unitName,
    kind: t(`unitKind.${evaluator.unitKind}`),
  });
}
