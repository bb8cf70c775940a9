import { Alert, App, Button, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile, RefusedFile } from '../../../../shared/domain/views/files';
import type { TemplatePreview } from '../../../../shared/domain/views/score-templates';
import { releaseFiles } from '../../api/files';
import { FileDropZone } from '../../components/files/FileDropZone';
import { refusedText } from '../../components/files/refusedText';
import { isCancelled } from '../../components/jobs/isCancelled';
import { JobProgressLine } from '../../components/jobs/JobProgressLine';
import { useJob } from '../../components/jobs/useJob';
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
  | { kind: 'preview'; file: PickedFile; preview: TemplatePreview }
  | { kind: 'done'; text: string };

/** Pick a filled-in workbook, see every cell compared with what is stored, then save it all. */
export function ImportTemplateModal({ campaignId, open, onClose }: ImportTemplateModalProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const preview = usePreviewTemplate();
  const apply = useApplyTemplate(campaignId);
  const job = useJob();
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [filter, setFilter] = useState<Filter>('all');
  const [skipConflicts, setSkipConflicts] = useState(false);

  const close = () => {
    job.cancel();
    if (stage.kind === 'preview') releaseFiles([stage.file.id]);
    setStage({ kind: 'pick' });
    setFilter('all');
    setSkipConflicts(false);
    onClose();
  };

  const onFile = (file: PickedFile) => {
    setStage({ kind: 'reading', fileName: file.fileName });
    preview
      .mutateAsync({ campaignId, fileId: file.id, jobId: job.start() })
      .then((result) => {
        setFilter(
          result.counts.invalid > 0 ? 'invalid' : result.counts.conflict > 0 ? 'conflict' : 'all',
        );
        setStage({ kind: 'preview', file, preview: result });
      })
      .catch((error: unknown) => {
        releaseFiles([file.id]);
        if (isCancelled(error)) {
          setStage({ kind: 'pick' });
          void message.info(t('jobs.cancelled'));
        } else setStage({ kind: 'failed', reason: templateErrorText(t, error) });
      })
      .finally(job.finish);
  };

  const onRefused = ([first]: RefusedFile[]) => {
    if (first) setStage({ kind: 'failed', reason: refusedText(t, first) });
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
          .mutateAsync({ campaignId, fileId: file.id, skipConflicts })
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
        <Button
          onClick={() => {
            releaseFiles([stage.file.id]);
            setStage({ kind: 'pick' });
          }}
        >
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
        <JobProgressLine progress={job.progress} fileName={stage.fileName} onCancel={job.cancel} />
      )}
      {stage.kind === 'failed' && (
        <Space orientation="vertical" size="middle" className="xp-fill">
          <Alert type="error" showIcon title={stage.reason} data-testid="template-error" />
          <FileDropZone
            kind="import"
            hint={t('scoreTemplates.dropHint')}
            note={t('scoreTemplates.fileNote')}
            onFile={onFile}
            onRefused={onRefused}
          />
        </Space>
      )}
      {stage.kind === 'pick' && (
        <FileDropZone
          kind="import"
          hint={t('scoreTemplates.dropHint')}
          note={t('scoreTemplates.fileNote')}
          onFile={onFile}
          onRefused={onRefused}
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
