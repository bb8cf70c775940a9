import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NodeRef } from './model/nodeRef';

export interface TreeToolbarProps {
  selected: NodeRef;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onAddDimension: () => void;
  onAddIndicator: () => void;
  onAddItem: () => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}

export function TreeToolbar(props: TreeToolbarProps) {
  const { selected, canMoveUp, canMoveDown, onMove, onDelete } = props;
  const { t } = useTranslation();
  const isRoot = selected.kind === 'rubric';
  return (
    <div className="xp-tree-toolbar">
      <Space.Compact>
        <Button size="small" icon={<PlusOutlined />} onClick={props.onAddDimension}>
          {t('rubricEditor.addDimension')}
        </Button>
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={isRoot}
          onClick={props.onAddIndicator}
        >
          {t('rubricEditor.addIndicator')}
        </Button>
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={selected.kind !== 'indicator' && selected.kind !== 'item'}
          onClick={props.onAddItem}
        >
          {t('rubricEditor.addItem')}
        </Button>
      </Space.Compact>
      <Space size={2}>
        <Tooltip title={t('rubricEditor.moveUp')}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            aria-label={t('rubricEditor.moveUp')}
            disabled={!canMoveUp}
            onClick={() => onMove(-1)}
          />
        </Tooltip>
        <Tooltip title={t('rubricEditor.moveDown')}>
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            aria-label={t('rubricEditor.moveDown')}
            disabled={!canMoveDown}
            onClick={() => onMove(1)}
          />
        </Tooltip>
        <Tooltip title={t('rubricEditor.deleteNodeHint')}>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('rubricEditor.deleteNode')}
            disabled={isRoot}
            onClick={onDelete}
          />
        </Tooltip>
      </Space>
    </div>
  );
}
