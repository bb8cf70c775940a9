import { CaretDownOutlined, CaretRightOutlined, WarningFilled } from '@ant-design/icons';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemTypeTag } from '../rubric/ItemTypeTag';
import { localizedName } from '../rubric/localizedName';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import type { NodeRef } from './model/nodeRef';
import { nodeKey, parentOf } from './model/nodeRef';
import type { TreeRow } from './model/treeRows';
import { NodeMax } from './NodeMax';

export interface EditorTreeProps {
  rows: TreeRow[];
  selected: NodeRef;
  /** Keys of nodes with validation problems. */
  problemKeys: ReadonlySet<string>;
  onSelect: (ref: NodeRef) => void;
  onToggle: (key: string) => void;
  onDelete: (ref: NodeRef) => void;
}

function rowDomId(key: string): string {
  return `xp-rubric-node-${key}`;
}

/**
 * The rubric as a keyboard-driven tree (WAI-ARIA tree pattern): the list itself holds focus and
 * the selected line is its active descendant, so arrow keys move the selection and the form on
 * the right follows. Built by hand because antd's Tree moves a separate "active" line that Enter
 * must confirm, one step too many when walking through a hundred items.
 */
export function EditorTree(props: EditorTreeProps) {
  const { rows, selected, problemKeys, onSelect, onToggle, onDelete } = props;
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const listRef = useRef<HTMLDivElement>(null);
  const selectedKey = nodeKey(selected);

  useEffect(() => {
    listRef.current
      ?.querySelector(`[data-key="${selectedKey}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = rows.findIndex((row) => row.key === selectedKey);
    const row = rows[index];
    if (!row) return;
    const go = (at: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, at))];
      if (target) onSelect(target.ref);
    };
    switch (event.key) {
      case 'ArrowDown':
        go(index + 1);
        break;
      case 'ArrowUp':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) onToggle(row.key);
        else if (row.hasChildren) go(index + 1);
        break;
      case 'ArrowLeft':
        if (row.hasChildren && row.expanded) onToggle(row.key);
        else if (row.ref.kind !== 'rubric') onSelect(parentOf(row.ref));
        break;
      case 'Delete':
        if (row.ref.kind !== 'rubric') onDelete(row.ref);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div
      ref={listRef}
      role="tree"
      tabIndex={0}
      className="xp-editor-tree"
      aria-label={t('rubricEditor.treeLabel')}
      aria-activedescendant={rowDomId(selectedKey)}
      data-testid="rubric-editor-tree"
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => {
        const isSelected = row.key === selectedKey;
        const label = row.ref.kind === 'rubric' ? row.name : localizedName(row, language);
        return (
          <div
            key={row.key}
            id={rowDomId(row.key)}
            data-key={row.key}
            role="treeitem"
            aria-level={row.depth + 1}
            aria-selected={isSelected}
            aria-expanded={row.hasChildren ? row.expanded : undefined}
            className={isSelected ? 'xp-tree-row xp-tree-row-selected' : 'xp-tree-row'}
            style={{ paddingInlineStart: 4 + row.depth * 18 }}
            onClick={() => {
              onSelect(row.ref);
              listRef.current?.focus();
            }}
          >
            <span
              className="xp-tree-caret"
              aria-hidden
              onClick={(event) => {
                if (!row.hasChildren) return;
                event.stopPropagation();
                onToggle(row.key);
              }}
            >
              {row.hasChildren && (row.expanded ? <CaretDownOutlined /> : <CaretRightOutlined />)}
            </span>
            {row.code && <span className="xp-tree-code">{row.code}</span>}
            <span className={row.depth < 3 ? 'xp-tree-name xp-tree-name-strong' : 'xp-tree-name'}>
              {label}
            </span>
            {problemKeys.has(row.key) && (
              <WarningFilled
                className="xp-tree-problem"
                aria-label={t('rubricEditor.nodeHasProblems')}
              />
            )}
            {row.itemType && <ItemTypeTag type={row.itemType} />}
            <NodeMax row={row} />
          </div>
        );
      })}
    </div>
  );
}
