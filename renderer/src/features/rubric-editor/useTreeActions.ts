import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../shared/domain/rubric';
import { allCodes, newDimension, newIndicator, newItem, nextCode } from './model/newNodes';
import type { NewNodeNames } from './model/newNodes';
import type { NodeRef } from './model/nodeRef';
import { getDimension, getIndicator, getItem } from './model/nodeRef';
import {
  deleteNode,
  insertDimension,
  insertIndicator,
  insertItem,
  moveNode,
} from './model/treeOps';
import type { EditorState } from './useEditorState';

export interface TreeActions {
  addDimension: () => void;
  addIndicator: () => void;
  addItem: () => void;
  move: (delta: -1 | 1) => void;
  canMove: (delta: -1 | 1) => boolean;
  /** Asks first: a dimension takes all its indicators and items with it. */
  requestDelete: (ref: NodeRef) => void;
}

/** Adding, moving and deleting nodes; new nodes go after the selection, in its context. */
export function useTreeActions(editor: EditorState): TreeActions {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { definition: def, selected, edit } = editor;
  const names: NewNodeNames = {
    dimension: t('rubricEditor.newDimension'),
    indicator: t('rubricEditor.newIndicator'),
    item: t('rubricEditor.newItem'),
  };

  const addDimension = () => {
    const taken = allCodes(def);
    const code = nextCode(
      taken,
      def.dimensions.map((d) => d.code),
      null,
    );
    const at = selected.kind === 'rubric' ? def.dimensions.length : selected.d + 1;
    const result = insertDimension(def, at, newDimension(code, names));
    edit(result.definition, { select: result.select });
  };

  const addIndicator = () => {
    if (selected.kind === 'rubric') return;
    const dim = getDimension(def, selected);
    if (!dim) return;
    const code = nextCode(
      allCodes(def),
      dim.indicators.map((i) => i.code),
      dim.code,
    );
    const at = selected.kind === 'dimension' ? dim.indicators.length : selected.i + 1;
    const result = insertIndicator(def, selected.d, at, newIndicator(code, names));
    edit(result.definition, { select: result.select });
  };

  const addItem = () => {
    if (selected.kind !== 'indicator' && selected.kind !== 'item') return;
    const ind = getIndicator(def, selected);
    if (!ind) return;
    const code = nextCode(
      allCodes(def),
      ind.items.map((i) => i.code),
      ind.code,
    );
    const at = selected.kind === 'indicator' ? ind.items.length : selected.t + 1;
    const result = insertItem(def, selected.d, selected.i, at, newItem(code, names));
    edit(result.definition, { select: result.select });
  };

  const canMove = (delta: -1 | 1) => moveNode(def, selected, delta) !== null;
  const move = (delta: -1 | 1) => {
    const result = moveNode(def, selected, delta);
    if (result) edit(result.definition, { select: result.select });
  };

  const requestDelete = (ref: NodeRef) => {
    const result = deleteNode(def, ref);
    if (!result) return;
    let label = '';
    let items = 0;
    if (ref.kind === 'dimension') {
      const dim = getDimension(def, ref);
      label = dim ? `${dim.code} ${dim.name}` : '';
      items = dim ? listItems({ ...def, dimensions: [dim] }).length : 0;
    } else if (ref.kind === 'indicator') {
      const ind = getIndicator(def, ref);
      label = ind ? `${ind.code} ${ind.name}` : '';
      items = ind?.items.length ?? 0;
    } else if (ref.kind === 'item') {
      const item = getItem(def, ref);
      label = item ? `${item.code} ${item.name}` : '';
    }
    modal.confirm({
      title: t('rubricEditor.deleteTitle', { name: label }),
      content:
        ref.kind === 'item'
          ? t('rubricEditor.deleteItemContent')
          : t('rubricEditor.deleteParentContent', { items }),
      okText: t('rubricEditor.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => edit(result.definition, { select: result.select }),
    });
  };

  return { addDimension, addIndicator, addItem, move, canMove, requestDelete };
}
