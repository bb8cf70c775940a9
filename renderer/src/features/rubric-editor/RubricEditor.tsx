import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Space, Splitter, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricVersionSummary, RubricView } from '../../../../shared/domain/views';
import { useSaveRubric } from '../rubric/mutations';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { translateError } from '../../i18n/translateError';
import { levelName } from '../../../../shared/domain/level-name';
import { EditorTree } from './EditorTree';
import { nodeKey, refForProblem } from './model/nodeRef';
import { buildTreeRows } from './model/treeRows';
import { NodePane } from './NodePane';
import { problemText } from './translateProblem';
import { TreeToolbar } from './TreeToolbar';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useEditorState } from './useEditorState';
import { useLeaveGuard } from './useLeaveGuard';
import { useTreeActions } from './useTreeActions';
import { useValidation } from './useValidation';
import type { ProblemEntry } from './ValidationPanel';
import { ValidationPanel } from './ValidationPanel';

export interface RubricEditorProps {
  view: RubricView;
  /** The number a new version of this lineage would get. */
  nextVersion: number;
  /** How many campaigns use the version being edited. */
  campaignCount: number;
  /** Ask the browser before closing the tab with unsaved changes (not in Electron, see page). */
  guardUnload: boolean;
  onSavedNewVersion: (saved: RubricVersionSummary) => void;
}

export function RubricEditor(props: RubricEditorProps) {
  const { view, nextVersion, campaignCount, guardUnload, onSavedNewVersion } = props;
  const { t, i18n } = useTranslation();
  const language = useCurrentLanguage();
  const { message, modal } = App.useApp();
  const editor = useEditorState(view.definition);
  const { definition, selected } = editor;
  const [name, setName] = useState(view.name);
  const [savedName, setSavedName] = useState(view.name);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const { problems, stale } = useValidation(definition);
  const save = useSaveRubric();
  const actions = useTreeActions(editor);
  const trimmedName = name.trim();
  const dirty = editor.dirty || trimmedName !== savedName;
  const { allowLeave } = useLeaveGuard(dirty, guardUnload);

  const rows = useMemo(
    () => buildTreeRows(definition, name, collapsed),
    [definition, name, collapsed],
  );
  const located = useMemo(
    () => problems.map((problem) => ({ problem, ref: refForProblem(definition, problem.at) })),
    [problems, definition],
  );
  const problemKeys = useMemo(() => new Set(located.map((l) => nodeKey(l.ref))), [located]);
  const selectedKey = nodeKey(selected);
  const entries: ProblemEntry[] = located.map(({ problem, ref }, index) => ({
    key: `${index}:${problem.code}:${problem.at}`,
    text: problemText(i18n, problem),
    at: problem.at,
    onPick: () => editor.select(ref),
  }));
  const selectedProblems = entries
    .filter((_, index) => nodeKey(located[index]?.ref ?? selected) === selectedKey)
    .map((e) => e.text);
  const levelLabel = (level: number) => levelName(t, definition, level, language);

  const blocked = problems.length > 0 || stale;
  const canSave = !blocked && dirty && trimmedName !== '' && !save.isPending;

  const runSave = () =>
    save
      .mutateAsync({ baseVersionId: view.id, name: trimmedName, definition })
      .then((saved) => {
        editor.markSaved();
        setSavedName(trimmedName);
        if (saved.id === view.id) {
          void message.success(t('rubricEditor.savedInPlace', { version: saved.version }));
        } else {
          void message.success(t('rubricEditor.savedNewVersion', { version: saved.version }));
          allowLeave();
          onSavedNewVersion(saved);
        }
      })
      .catch((error: unknown) => {
        void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
      });

  const requestSave = () => {
    if (save.isPending) return;
    if (problems.length > 0) {
      void message.warning(t('rubricEditor.cannotSave', { count: problems.length }));
      return;
    }
    if (!dirty || trimmedName === '' || stale) {
      if (!dirty) void message.info(t('rubricEditor.nothingToSave'));
      return;
    }
    if (!view.frozen) {
      void runSave();
      return;
    }
    // A frozen version is never changed: say so and what happens to its campaigns, then save.
    modal.confirm({
      title: t('rubricEditor.confirmNewVersionTitle', { version: nextVersion }),
      content: t('rubricEditor.confirmNewVersionContent', {
        current: view.version,
        version: nextVersion,
        n: campaignCount,
      }),
      okText: t('rubricEditor.confirmNewVersionOk', { version: nextVersion }),
      cancelText: t('common.cancel'),
      onOk: runSave,
    });
  };

  useEditorShortcuts({ onSave: requestSave, onUndo: editor.undo });

  const toggle = (key: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const saveHint =
    problems.length > 0
      ? t('rubricEditor.cannotSave', { count: problems.length })
      : t('rubricEditor.saveHint');

  return (
    <div className="xp-editor" data-testid="rubric-editor">
      <div className="xp-editor-header">
        <div className="xp-editor-title">
          <Input
            className="xp-editor-name"
            size="large"
            value={name}
            maxLength={200}
            status={trimmedName === '' ? 'error' : undefined}
            aria-label={t('rubricEditor.nameLabel')}
            onChange={(e) => setName(e.target.value)}
          />
          <Tag>{t('rubric.version', { version: view.version })}</Tag>
          {view.frozen && <Tag color="blue">{t('rubric.frozen')}</Tag>}
          {dirty && (
            <Tag color="orange" data-testid="unsaved-tag">
              {t('rubricEditor.unsaved')}
            </Tag>
          )}
        </div>
        <Space wrap>
          <Tooltip title={t('rubricEditor.undoHint')}>
            <Button icon={<UndoOutlined />} disabled={!editor.canUndo} onClick={editor.undo}>
              {t('rubricEditor.undo')}
            </Button>
          </Tooltip>
          <Tooltip title={saveHint}>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={!canSave}
              loading={save.isPending}
              onClick={requestSave}
              data-testid="save-rubric"
            >
              {view.frozen
                ? t('rubricEditor.saveAsNew', { version: nextVersion })
                : t('rubricEditor.save')}
            </Button>
          </Tooltip>
        </Space>
      </div>
      {view.frozen && (
        <Alert
          type="warning"
          showIcon
          data-testid="frozen-banner"
          title={t('rubricEditor.frozenBanner', { version: nextVersion })}
          description={t('rubricEditor.frozenBannerDetail', {
            current: view.version,
            n: campaignCount,
          })}
        />
      )}
      <Splitter className="xp-editor-body">
        <Splitter.Panel defaultSize="42%" min="28%" max="65%">
          <div className="xp-editor-left">
            <TreeToolbar
              selected={selected}
              canMoveUp={actions.canMove(-1)}
              canMoveDown={actions.canMove(1)}
              onAddDimension={actions.addDimension}
              onAddIndicator={actions.addIndicator}
              onAddItem={actions.addItem}
              onMove={actions.move}
              onDelete={() => actions.requestDelete(selected)}
            />
            <EditorTree
              rows={rows}
              selected={selected}
              problemKeys={problemKeys}
              onSelect={editor.select}
              onToggle={toggle}
              onDelete={actions.requestDelete}
            />
            <Typography.Text type="secondary" className="xp-editor-keys">
              {t('rubricEditor.keyboardHint')}
            </Typography.Text>
          </div>
        </Splitter.Panel>
        <Splitter.Panel>
          <div className="xp-editor-right">
            <NodePane
              definition={definition}
              selected={selected}
              problems={selectedProblems}
              levelLabel={levelLabel}
              onEdit={(next, mergeKey) => editor.edit(next, { mergeKey })}
            />
          </div>
        </Splitter.Panel>
      </Splitter>
      <ValidationPanel problems={entries} />
    </div>
  );
}
