import { Alert, App, Button, Modal, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePayload } from '../../../../shared/domain/views';
import type { TemplatePreview } from '../../../../shared/domain/views/score-templates';
import { FileDropZone } from '../rubric-library/FileDropZone';
import { MAX_IMPORT_BYTES, readFileBase64 } from '../rubric-library/fileData';
import '../rubric-library/rubricLibrary.css';
import { useApplyTemplate, usePreviewTemplate } from './api';
import type { Filter } from './PreviewPanel';
import { PreviewPanel } from './PreviewPanel';
import { templateErrorText } from './templateErrors';

export interface ImportTemplateModalProps {
  campaignId: string;
  open: boolean;
  onClose: () => void;
}

type Stage =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'preview'; file: FilePayload; preview: TemplatePreview }
  | { kind: 'done'; text: string };

/** Pick a filled-in workbook, see every cell compared with what is stored, then save it all. */
export function ImportTemplateModal({ campaignId, open, onClose }: ImportTemplateModalProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const preview = usePreviewTemplate();
  const apply = useApplyTemplate(campaignId);
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [filter, setFilter] = useState<Filter>('all');
  const [skipConflicts, setSkipConflicts] = useState(false);

  const close = () => {
    setStage({ kind: 'pick' });
    setFilter('all');
    setSkipConflicts(false);
    onClose();
  };

  const onFile = (picked: File) => {
    if (picked.size > MAX_IMPORT_BYTES) {
      setStage({
        kind: 'failed',
        reason: t('scoreTemplates.fileErrors.template-too-large', { file: picked.name }),
      });
      return;
    }
    setStage({ kind: 'reading', fileName: picked.name });
    readFileBase64(picked)
      .then(async (contentBase64) => {
        const file = { fileName: picked.name, contentBase64 };
        const result = await preview.mutateAsync({ campaignId, file });
        setFilter(
          result.counts.invalid > 0 ? 'invalid' : result.counts.conflict > 0 ? 'conflict' : 'all',
        );
        setStage({ kind: 'preview', file, preview: result });
      })
      .catch((error: unknown) => setStage({ kind: 'failed', reason: templateErrorText(t, error) }));
  };

  if (!open) return null;
  const p = stage.kind === 'preview' ? stage.preview : null;
  const toSave = p ? p.counts.new + p.counts.changed : 0;
  const sheets = p
    ? new Set(
        p.cells.filter((c) => c.status === 'new' || c.status === 'changed').map((c) => c.branchId),
      ).size
    : 0;
  const blocked =
    !p || p.counts.invalid > 0 || (p.counts.conflict > 0 && !skipConflicts) || toSave === 0;

  const confirmApply = () => {
    if (stage.kind !== 'preview') return;
    const { file } = stage;
    modal.confirm({
      title: t('scoreTemplates.applyConfirmTitle'),
      content: t('scoreTemplates.applyConfirm', { n: toSave, sheets }),
      okText: t('scoreTemplates.apply', { count: toSave }),
      cancelText: t('common.cancel'),
      onOk: () =>
        apply
          .mutateAsync({ campaignId, file, skipConflicts })
          .then((r) =>
            setStage({
              kind: 'done',
              text: t('scoreTemplates.applied', {
                saved: r.saved,
                sheets: r.sheets,
                created: r.sheetsCreated,
                skipped: r.skippedConflicts,
              }),
            }),
          )
          .catch((error: unknown) =>
            setStage({ kind: 'failed', reason: templateErrorText(t, error) }),
          ),
    });
  };

  const footer = (
    <Space>
      {stage.kind === 'preview' && (
        <Button onClick={() => setStage({ kind: 'pick' })}>
          {t('scoreTemplates.chooseAnother')}
        </Button>
      )}
      <Button onClick={close}>{t('scoreTemplates.close')}</Button>
      {stage.kind === 'preview' && (
        <Button
          type="primary"
          disabled={blocked}
          onClick={confirmApply}
          data-testid="template-apply"
        >
          {t('scoreTemplates.apply', { n: toSave })}
        </Button>
      )}
    </Space>
  );

  return (
    <Modal
      open
      title={t('scoreTemplates.importTitle')}
      width={p ? 1100 : 560}
      footer={footer}
      onCancel={close}
      destroyOnHidden
    >
      {stage.kind === 'reading' && (
        <div className="xp-import-reading">
          <Spin />
          <span>{t('scoreTemplates.reading', { name: stage.fileName })}</span>
        </div>
      )}
      {stage.kind === 'failed' && (
        <Space orientation="vertical" size="middle" className="xp-fill">
          <Alert type="error" showIcon title={stage.reason} data-testid="template-error" />
          <FileDropZone
            accept=".xlsx"
            hint={t('scoreTemplates.dropHint')}
            note={t('scoreTemplates.fileNote')}
            onFile={onFile}
          />
        </Space>
      )}
      {stage.kind === 'pick' && (
        <FileDropZone
          accept=".xlsx"
          hint={t('scoreTemplates.dropHint')}
          note={t('scoreTemplates.fileNote')}
          onFile={onFile}
        />
      )}
      {stage.kind === 'done' && (
        <Alert type="success" showIcon title={stage.text} data-testid="template-applied" />
      )}
      {p && (
        <PreviewPanel
          preview={p}
          filter={filter}
          onFilter={setFilter}
          skipConflicts={skipConflicts}
          onSkipConflicts={setSkipConflicts}
        />
      )}
    </Modal>
  );
}
