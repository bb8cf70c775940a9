import { describe, expect, it } from 'vitest';
import template from '../../../resources/templates/rural-five-star.json';
import {
  deleteNode,
  insertItem,
  moveNode,
} from '../../../renderer/src/features/rubric-editor/model/treeOps';
import type { RubricDefinition, RubricItem } from '../../../shared/domain/rubric';
import { rubricDefinitionSchema } from '../../../shared/domain/rubric';

const def: RubricDefinition = rubricDefinitionSchema.parse(template);
const codes = (d: RubricDefinition) => d.dimensions.map((x) => x.code);
const itemCodes = (d: RubricDefinition, di: number, ii: number) =>
  d.dimensions[di]!.indicators[ii]!.items.map((x) => x.code);

describe('the rubric editor’s tree edits', () => {
  it('moves a star down and selects it where it went, leaving the old definition as it was', () => {
    const before = codes(def);
    const edit = moveNode(def, { kind: 'dimension', d: 0 }, 1)!;
    expect(codes(edit.definition)).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(edit.select).toEqual({ kind: 'dimension', d: 1 });
    expect(codes(def)).toEqual(before);
  });

  it('will not move the first node up or the last one down', () => {
    expect(moveNode(def, { kind: 'dimension', d: 0 }, -1)).toBeNull();
    expect(moveNode(def, { kind: 'dimension', d: def.dimensions.length - 1 }, 1)).toBeNull();
    expect(moveNode(def, { kind: 'rubric' }, 1)).toBeNull();
  });

  it('inserts an item at a clamped place and selects it', () => {
    const item = { code: 'NEW', name: '新增项目', type: 'points', max: 100 } as RubricItem;
    const count = def.dimensions[0]!.indicators[0]!.items.length;
    const edit = insertItem(def, 0, 0, 99, item);
    expect(itemCodes(edit.definition, 0, 0).at(-1)).toBe('NEW');
    expect(edit.select).toEqual({ kind: 'item', d: 0, i: 0, t: count });
  });

  it('deletes a node and selects the sibling before it, or the parent when none is left', () => {
    const second = itemCodes(def, 0, 0)[1];
    const edit = deleteNode(def, { kind: 'item', d: 0, i: 0, t: 1 })!;
    expect(itemCodes(edit.definition, 0, 0)).not.toContain(second);
    expect(edit.select).toEqual({ kind: 'item', d: 0, i: 0, t: 0 });

    let left = def;
    for (let n = def.dimensions[0]!.indicators[0]!.items.length; n > 0; n -= 1) {
      const step = deleteNode(left, { kind: 'item', d: 0, i: 0, t: 0 })!;
      left = step.definition;
      if (n === 1) expect(step.select).toEqual({ kind: 'indicator', d: 0, i: 0 });
    }
    expect(deleteNode(def, { kind: 'rubric' })).toBeNull();
  });
});
