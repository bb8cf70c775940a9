import { Alert, App, Space, Typography } from 'antd';
import type { ClipboardEvent } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow, GridView } from '../../../../shared/domain/views/grid';
import { compileRubric } from '../../../../shared/scoring';
import { BulkSubmitButton } from '../bulk-submit/BulkSubmitButton';
import { localName } from '../scoring/drafts';
import type { CellLabels, YesNoWords } from '../../../../shared/grid/cell-text';
import { formatEntry, isCellProblem, readCell } from '../../../../shared/grid/cell-text';
import type { Cursor } from './cursor';
import { selection } from './cursor';
import { CornerHead, ItemHead, RowHead } from './GridHeads';
import { GridSaveState } from './GridSaveState';
import { GridTable } from './GridTable';
import type { CellLook } from './GridTable';
import { copyText, planPaste } from './pastePlan';
import { ProblemsPanel } from './ProblemsPanel';
import type { GridProblem } from './ProblemsPanel';
import { problemText } from './problemText';
import { useRowResults } from './useRowResults';
import type { UndoStack } from '../undo/undoStack';
import { emptyUndo, recordEdit, redo, undo } from '../undo/undoStack';
import type { CellChange } from './pastePlan';
import { cellKey, draftProblem, useGridEditor } from './useGridEditor';
import './grid.css';

export interface GridScreenProps {
  view: GridView;
  /** The township shown (null: all), which a bulk submission covers too. */
  townshipId: string | null;
  loadRows: () => Promise<GridRow[]>;
}

/** Reads both languages' yes/no words: a sheet typed in Chinese pastes into an English screen. */
function useYesNo(): YesNoWords {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const words = (key: 'grid.yesWords' | 'grid.noWords') =>
      ['zh-CN', 'en'].flatMap((lng) => String(i18n.getFixedT(lng)(key)).split('|'));
    return { yes: words('grid.yesWords'), no: words('grid.noWords') };
  }, [i18n]);
}

export function GridScreen({ view, townshipId, loadRows }: GridScreenProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const editor = useGridEditor(view);
  const { rows, drafts } = editor;
  const items = view.items;
  const rubric = useMemo(() => compileRubric(view.definition, view.rubricVersionId), [view]);
  const words = useYesNo();
  const labels: CellLabels = {
    met: t('scoring.met'),
    notMet: t('scoring.notMet'),
    raised: t('scoring.raised'),
    notRaised: t('scoring.notRaised'),
    language: i18n.language,
  };
  const [cursor, setCursor] = useState<Cursor>({ r: 0, c: 0, ar: 0, ac: 0 });
  const [editText, setEditText] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const results = useRowResults(rubric, rows, drafts);
  const history = useRef<UndoStack<string>>(emptyUndo());

  const readOnly = (r: number, c: number): 'locked' | 'read-only' | 'frozen' | null => {
    if (view.frozen) return 'frozen';
    if (rows[r]?.status === 'submitted') return 'locked';
    return items[c]?.type === 'veto' ? 'read-only' : null;
  };
  const look = (r: number, c: number): CellLook => {
    const row = rows[r]!;
    const item = items[c]!;
    const draft = drafts[cellKey(row.branchId, item.code)];
    const stored = row.values[item.code];
    const problem = draftProblem(draft);
    const locked = readOnly(r, c);
    const title = problem
      ? problemText(t, problem, item, i18n.language)
      : locked
        ? t(`grid.problem.${locked}`)
        : undefined;
    return {
      text: draft ? draft.text : stored ? formatEntry(item, stored, labels) : '',
      invalid: problem !== null,
      readOnly: locked !== null,
      pending: draft !== undefined && problem === null,
      title,
    };
  };

  /**
   * Every change of cells goes through here: it is recorded for Ctrl+Z with each cell's text
   * before, then saved by the editor's ordinary queue (so an undo is an audited save too).
   */
  const change = (changes: CellChange[], now: boolean) => {
    const at = new Map(rows.map((row, r) => [row.branchId, r]));
    const col = new Map(items.map((item, c) => [item.code, c]));
    history.current = recordEdit(
      history.current,
      changes.map((ch) => ({
        key: cellKey(ch.branchId, ch.item),
        before: look(at.get(ch.branchId) ?? 0, col.get(ch.item) ?? 0).text,
        after: ch.text,
      })),
      // No group: each cell confirmed or block pasted is its own step, whatever the timing.
      {},
    );
    editor.setCells(changes, now);
  };

  /** Puts back cell texts from the history, read as if typed, and moves to the first one. */
  const restore = useCallback(
    (direction: 'undo' | 'redo') => {
      const taken = (direction === 'undo' ? undo : redo)(history.current);
      if (!taken) return;
      history.current = taken.stack;
      const changes: CellChange[] = [];
      for (const { key, value } of taken.restore) {
        const [branchId = '', code = ''] = key.split('|');
        const item = items.find((i) => i.code === code);
        if (!item) continue;
        changes.push({ branchId, item: code, text: value, reading: readCell(item, value, words) });
      }
      editor.setCells(changes, true);
      const first = changes[0];
      const r = rows.findIndex((row) => row.branchId === first?.branchId);
      const c = items.findIndex((i) => i.code === first?.item);
      if (r >= 0 && c >= 0) setCursor({ r, c, ar: r, ac: c });
    },
    [editor, items, rows, words],
  );

  const startEdit = (text: string | null) => {
    if (readOnly(cursor.r, cursor.c) || rows.length === 0) return;
    setEditText(text ?? look(cursor.r, cursor.c).text);
  };
  const endEdit = (commit: boolean) => {
    const text = editText;
    setEditText(null);
    if (!commit || text === null) return;
    const row = rows[cursor.r]!;
    const item = items[cursor.c]!;
    if (text === look(cursor.r, cursor.c).text) return;
    change(
      [{ branchId: row.branchId, item: item.code, text, reading: readCell(item, text, words) }],
      false,
    );
  };
  const clearSelection = () => {
    const s = selection(cursor);
    const changes: CellChange[] = [];
    for (let r = s.top; r <= s.bottom; r += 1)
      for (let c = s.left; c <= s.right; c += 1) {
        if (readOnly(r, c)) continue;
        changes.push({
          branchId: rows[r]!.branchId,
          item: items[c]!.code,
          text: '',
          reading: { kind: 'empty' as const },
        });
      }
    change(changes, false);
  };

  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    const text = e.clipboardData.getData('text/plain');
    // A single value pasted into the cell being edited is ordinary typing.
    if (editText !== null && !/[\t\r\n]/.test(text)) return;
    e.preventDefault();
    setEditText(null);
    const plan = planPaste(text, cursor, rows, items, readOnly, words);
    if (plan.changes.length > 0) change(plan.changes, true);
    if (plan.height > 0 && plan.width > 0)
      setCursor({ ...cursor, ar: cursor.r + plan.height - 1, ac: cursor.c + plan.width - 1 });
    const refused = plan.changes.filter((ch) => isCellProblem(ch.reading)).length;
    const pasted = plan.changes.length + plan.skipped;
    if (plan.outside > 0) void message.warning(t('grid.pasteClipped', { count: plan.outside }));
    else if (refused > 0)
      void message.warning(t('grid.pastedWithProblems', { count: pasted, refused }));
    else void message.info(t('grid.pasted', { count: pasted }));
  };
  const onCopy = (e: ClipboardEvent<HTMLElement>) => {
    if (editText !== null) return;
    e.clipboardData.setData(
      'text/plain',
      copyText(cursor, (r, c) => look(r, c).text),
    );
    e.preventDefault();
  };

  const problems: GridProblem[] = [];
  rows.forEach((row, r) =>
    items.forEach((item, c) => {
      const problem = draftProblem(drafts[cellKey(row.branchId, item.code)]);
      if (!problem) return;
      problems.push({
        key: cellKey(row.branchId, item.code),
        r,
        c,
        where: t('grid.problemAt', {
          branch: row.branchName,
          item: `${item.code} ${localName(item, i18n.language)}`,
        }),
        message: problemText(t, problem, item, i18n.language),
      });
    }),
  );

  const active = rows.length > 0 ? look(cursor.r, cursor.c) : null;
  const activeItem = items[cursor.c];
  return (
    <div className="xp-grid-layout" data-testid="grid-screen">
      <div>
        {view.frozen && (
          <Alert
            type="warning"
            showIcon
            message={t('scoring.frozenHint')}
            data-testid="grid-frozen"
          />
        )}
        <div className="xp-grid-toolbar">
          <Typography.Text type="secondary">{t('grid.hint')}</Typography.Text>
          <Space>
            <GridSaveState
              save={editor.save}
              onReload={() => void loadRows().then(editor.reload, () => undefined)}
            />
            {!view.frozen && (
              <BulkSubmitButton
                roundId={view.roundId}
                evaluatorId={view.evaluatorId}
                townshipId={townshipId ?? undefined}
                beforePreview={editor.flush}
                onSubmitted={() => void loadRows().then(editor.reload, () => undefined)}
              />
            )}
          </Space>
        </div>
        <GridTable
          gridRef={gridRef}
          label={t('nav.grid')}
          rowCount={rows.length}
          colCount={items.length}
          cursor={cursor}
          keys={{
            cursor,
            editing: editText !== null,
            setCursor,
            startEdit,
            endEdit,
            clearSelection,
            undo: () => restore('undo'),
            redo: () => restore('redo'),
          }}
          editText={editText}
          onEditText={setEditText}
          look={look}
          onPaste={onPaste}
          onCopy={onCopy}
          cornerHead={<CornerHead />}
          header={(c) => <ItemHead item={items[c]!} />}
          rowHead={(r) => (
            <RowHead row={rows[r]!} preview={results[r]} index={r} levels={view.definition} />
          )}
        />
        <div className="xp-grid-status" data-testid="grid-status">
          {active && activeItem && (
            <Typography.Text type={active.invalid ? 'danger' : 'secondary'}>
              {rows[cursor.r]!.branchName} · {activeItem.code}{' '}
              {localName(activeItem, i18n.language)}
              {active.title ? ` — ${active.title}` : ''}
            </Typography.Text>
          )}
        </div>
      </div>
      <ProblemsPanel
        problems={problems}
        onPick={(r, c) => {
          setCursor({ r, c, ar: r, ac: c });
          gridRef.current?.focus();
        }}
      />
    </div>
  );
}
