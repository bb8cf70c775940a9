import { Alert, Button, Card, Col, Input, Row, Space, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import type { SheetView } from '../../../../shared/domain/views';
import { sheetFitsRound } from '../../../../shared/domain/org';
import { compileRubric } from '../../../../shared/scoring';
import { undoKey } from '../undo/undoStack';
import { useRefreshCampaignOnLeave } from './queries';
import { PageHeader } from '../../components/PageHeader';
import { translateError } from '../../i18n/translateError';
import { AuditDrawer } from './AuditDrawer';
import { DiscardDraft } from './DiscardDraft';
import { localName } from './drafts';
import { focusItem, itemOfElement, moveFrom } from './focus';
import { ItemRow } from './ItemRow';
import { SaveIndicator } from './SaveIndicator';
import { SheetActions } from './SheetActions';
import { SheetEvaluatorSelect } from './SheetEvaluatorSelect';
import { SheetNavigation } from './SheetNavigation';
import { SheetPreview, usePreview } from './SheetPreview';
import { useSheetEditor } from './useSheetEditor';
import './scoring.css';

export interface ScoreSheetScreenProps {
  initial: SheetView;
  definition: RubricDefinition;
}

export function ScoreSheetScreen({ initial, definition }: ScoreSheetScreenProps) {
  const { t, i18n } = useTranslation();
  const rubric = useMemo(() => compileRubric(definition), [definition]);
  const editor = useSheetEditor(initial, rubric.items);
  const { sheet, drafts, flush, edit } = editor;
  const [auditOpen, setAuditOpen] = useState(false);
  const locked = sheet.status === 'submitted';
  // A sheet in a round of the wrong kind (a self-assessment left in a county review): shown,
  // never counted, and closed to changes; it can only be discarded.
  const misplaced = !sheetFitsRound(sheet.roundKind, sheet.evaluatorId);
  const readOnly = locked || misplaced || sheet.frozen;
  const empty =
    !locked &&
    !misplaced &&
    !sheet.frozen &&
    Object.keys(sheet.entries).length === 0 &&
    sheet.remark === '' &&
    Object.values(drafts).every((d) => d.value === null && !d.remark) &&
    editor.remark === '';
  // Stable between renders so the memoised item rows do not all re-render on each keystroke.
  const evidenceSheet = useMemo(
    () => ({ sheetId: sheet.id, locked: readOnly }),
    [sheet.id, readOnly],
  );
  const codes = useMemo(() => rubric.items.map((i) => i.code), [rubric]);
  const preview = usePreview(rubric, drafts, sheet.branchId);
  useRefreshCampaignOnLeave(sheet.campaignId);

  const commit = useCallback(() => void flush(), [flush]);

  /** Ctrl+M / F8: the next item still missing after the focused one (wrapping round). */
  const jumpToMissing = useCallback(
    (from?: string | null) => {
      const missing = new Set(preview.result.missing.map((m) => m.item));
      if (missing.size === 0) return;
      const start = from ? codes.indexOf(from) : -1;
      for (let k = 1; k <= codes.length; k += 1) {
        const code = codes[(start + k + codes.length) % codes.length];
        if (code && missing.has(code)) {
          focusItem(code);
          return;
        }
      }
    },
    [codes, preview],
  );

  const { undo, redo } = editor;
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const ctrl = e.ctrlKey || e.metaKey;
      const action = undoKey(e);
      // Text boxes (remarks, veto reasons) keep the browser's own undo of what is typed there.
      if (action && !(e.target instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        const code = action === 'undo' ? undo() : redo();
        if (code) focusItem(code);
      } else if (ctrl && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void flush();
      } else if ((ctrl && e.key.toLowerCase() === 'm') || e.key === 'F8') {
        e.preventDefault();
        jumpToMissing(itemOfElement(document.activeElement));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush, jumpToMissing, undo, redo]);

  /** Tab/Enter go to the next item's input, Shift+Tab back; text areas keep their own keys. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const code = itemOfElement(e.target);
    if (!code || e.ctrlKey || e.altKey || e.metaKey) return;
    const inTextArea = e.target instanceof HTMLTextAreaElement;
    if (e.key === 'Enter' && !inTextArea) {
      e.preventDefault();
      // Tab lands on an option of a check or choice item: Enter takes that option, then moves on.
      const target = e.target;
      if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked)
        target.click();
      void flush();
      moveFrom(codes, code, 1);
    } else if (e.key === 'Tab' && !inTextArea) {
      const box = e.currentTarget.querySelector(`[data-primary="${CSS.escape(code)}"] textarea`);
      if (!e.shiftKey && box instanceof HTMLTextAreaElement && !box.disabled) return;
      if (moveFrom(codes, code, e.shiftKey ? -1 : 1)) e.preventDefault();
    }
  };

  const evaluator = sheet.evaluatorName ?? t('scoring.selfAssessment');
  const leftoverCodes = Object.keys(editor.leftovers);
  return (
    <div className="xp-score-sheet" data-testid="score-sheet">
      <PageHeader
        title={
          <Space>
            {t('scoring.title', { branch: sheet.branchName })}
            <Tag color={locked ? 'green' : 'blue'} data-testid="sheet-status">
              {t(`scoring.status.${sheet.status}`)}
            </Tag>
          </Space>
        }
        subtitle={t('scoring.subtitle', {
          township: sheet.townshipName,
          round: sheet.roundName,
          evaluator,
          version: sheet.version,
        })}
        extra={
          <Space wrap>
            <SheetNavigation sheet={sheet} />
            <SheetEvaluatorSelect
              campaignId={sheet.campaignId}
              roundId={sheet.roundId}
              branchId={sheet.branchId}
              evaluatorId={sheet.evaluatorId}
            />
            <SaveIndicator save={editor.save} />
            {(empty || (misplaced && !locked)) && (
              <DiscardDraft
                sheet={sheet}
                version={() => editor.current().version}
                misplaced={misplaced}
              />
            )}
            {!misplaced && !sheet.frozen && (
              <SheetActions editor={editor} onMissing={(code) => focusItem(code)} />
            )}
            <Button onClick={() => setAuditOpen(true)} data-testid="open-audit">
              {t('scoring.auditOpen')}
            </Button>
          </Space>
        }
      />
      {editor.save.status === 'conflict' && (
        <Alert
          type="error"
          showIcon
          data-testid="conflict-alert"
          message={t('scoring.conflictTitle')}
          description={t('scoring.conflictText')}
          action={
            <Button danger onClick={() => void editor.reload()} data-testid="conflict-reload">
              {t('scoring.reload')}
            </Button>
          }
        />
      )}
      {editor.save.status === 'error' && editor.save.error && (
        <Alert
          type="error"
          showIcon
          message={translateError(t, editor.save.error, (code) => {
            const item = rubric.items.find((i) => i.code === code);
            return item ? `${code} ${localName(item, i18n.language)}` : code;
          })}
          action={<Button onClick={commit}>{t('common.retry')}</Button>}
        />
      )}
      {leftoverCodes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={editor.dismissLeftovers}
          data-testid="leftover-alert"
          message={t('scoring.leftoverTitle', { count: leftoverCodes.length })}
          description={leftoverCodes.join(', ')}
        />
      )}
      {misplaced && (
        <Alert
          type="warning"
          showIcon
          data-testid="misplaced-alert"
          message={t('scoring.misplacedTitle')}
          description={
            sheet.evaluatorId === null
              ? t('scoring.misplacedSelf', { kind: t(`roundKind.${sheet.roundKind}`) })
              : t('scoring.misplacedEvaluator')
          }
        />
      )}
      {sheet.frozen ? (
        <Alert
          type="warning"
          showIcon
          message={t('scoring.frozenHint')}
          data-testid="sheet-frozen"
        />
      ) : (
        locked && <Alert type="info" showIcon message={t('scoring.lockedHint')} />
      )}
      <Row gutter={16} className="xp-score-body">
        <Col span={17}>
          <div onKeyDown={onKeyDown}>
            {definition.dimensions.map((dim) => (
              <Card
                key={dim.code}
                size="small"
                className="xp-score-dimension"
                title={`${dim.code} ${localName(dim, i18n.language)}`}
                extra={
                  <Typography.Text type="secondary">
                    {t('scoring.dimensionMax', { max: formatCenti(dim.max) })}
                  </Typography.Text>
                }
              >
                {dim.indicators.map((ind) => (
                  <section key={ind.code} className="xp-score-indicator">
                    <Typography.Title level={5}>
                      {ind.code} {localName(ind, i18n.language)}
                    </Typography.Title>
                    {ind.items.map((item) => (
                      <ItemRow
                        key={item.code}
                        item={item}
                        evidenceSheet={evidenceSheet}
                        draft={drafts[item.code]}
                        serverProblem={editor.serverProblems[item.code]}
                        leftover={editor.leftovers[item.code]}
                        disabled={readOnly}
                        disputed={sheet.disputed.includes(item.code)}
                        onEdit={edit}
                        onCommit={commit}
                      />
                    ))}
                  </section>
                ))}
              </Card>
            ))}
            <Card size="small" title={t('scoring.sheetRemark')}>
              <Input.TextArea
                value={editor.remark}
                disabled={readOnly}
                rows={3}
                aria-label={t('scoring.sheetRemark')}
                onChange={(e) => editor.setRemark(e.target.value)}
                onBlur={commit}
              />
            </Card>
          </div>
        </Col>
        <Col span={7}>
          <div className="xp-score-sticky">
            <SheetPreview preview={preview} definition={definition} />
            <Typography.Paragraph type="secondary" className="xp-score-keys">
              {t('scoring.keysHint')}
            </Typography.Paragraph>
          </div>
        </Col>
      </Row>
      <AuditDrawer
        branchId={sheet.branchId}
        items={rubric.items}
        open={auditOpen}
        onClose={() => setAuditOpen(false)}
      />
    </div>
  );
}
