import { App, Alert, Button, Descriptions, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { listItems } from '../../../../shared/domain/rubric';
import type { RubricProblem } from '../../../../shared/domain/views';
import type { PickedFile, RefusedFile } from '../../../../shared/domain/views/files';
import { useCreateRubric, useImportRubricFile } from '../rubric/mutations';
import { FileDropZone } from '../../components/files/FileDropZone';
import { refusedText } from '../../components/files/refusedText';
import { isCancelled } from '../../components/jobs/isCancelled';
import { JobProgressLine } from '../../components/jobs/JobProgressLine';
import { useJob } from '../../components/jobs/useJob';
import { translateError } from '../../i18n/translateError';
import { ProblemTable } from './ProblemTable';

export interface ImportRubricModalProps {
  open: boolean;
  onClose: () => void;
}

type Stage =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; fileName: string; reason: string }
  | { kind: 'problems'; fileName: string; problems: RubricProblem[] }
  | { kind: 'clean'; fileName: string; definition: RubricDefinition };

/**
 * Import a rubric file (JSON or Excel). Nothing is stored until the file has no problems and
 * the user has confirmed a name; a file with problems lists every one with its row.
 */
export function ImportRubricModal({ open, onClose }: ImportRubricModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importFile = useImportRubricFile();
  const create = useCreateRubric();
  const job = useJob();
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [name, setName] = useState('');

  const close = () => {
    job.cancel();
    setStage({ kind: 'pick' });
    setName('');
    onClose();
  };

  const onFile = (file: PickedFile) => {
    const { fileName } = file;
    setStage({ kind: 'reading', fileName });
    importFile
      .mutateAsync({ fileId: file.id, jobId: job.start() })
      .then((result) => {
        if (result.definition && result.problems.length === 0) {
          setName(result.name);
          setStage({ kind: 'clean', fileName, definition: result.definition });
        } else {
          setStage({ kind: 'problems', fileName, problems: result.problems });
        }
      })
      .catch((error: unknown) => {
        if (isCancelled(error)) {
          setStage({ kind: 'pick' });
          void message.info(t('jobs.cancelled'));
        } else setStage({ kind: 'failed', fileName, reason: translateError(t, error) });
      })
      .finally(job.finish);
  };

  const onRefused = ([first]: RefusedFile[]) => {
    if (first)
      setStage({ kind: 'failed', fileName: first.fileName, reason: refusedText(t, first) });
  };

  const save = () => {
    if (stage.kind !== 'clean' || name.trim() === '') return;
    create.mutate(
      { name: name.trim(), definition: stage.definition },
      {
        onSuccess: (created) => {
          void message.success(t('rubricLibrary.imported', { name: created.name }));
          close();
        },
        onError: (error) =>
          void message.error(t('common.actionFailed', { reason: translateError(t, error) })),
      },
    );
  };

  const footer =
    stage.kind === 'clean' ? (
      <Space>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          disabled={name.trim() === ''}
          loading={create.isPending}
          onClick={save}
        >
          {t('rubricLibrary.importSave')}
        </Button>
      </Space>
    ) : (
      <Button onClick={close}>{t('rubricLibrary.close')}</Button>
    );

  return (
    <Modal
      open={open}
      title={t('rubricLibrary.importTitle')}
      width={stage.kind === 'problems' ? 900 : 560}
      footer={footer}
      onCancel={close}
      destroyOnHidden
    >
      {stage.kind === 'reading' ? (
        <JobProgressLine progress={job.progress} fileName={stage.fileName} onCancel={job.cancel} />
      ) : (
        <Space orientation="vertical" size="middle" className="xp-fill">
          {stage.kind === 'failed' && (
            <Alert
              type="error"
              showIcon
              title={t('rubricLibrary.importFailed', { file: stage.fileName })}
              description={stage.reason}
            />
          )}
          {stage.kind === 'problems' && (
            <>
              <Alert
                type="error"
                showIcon
                data-testid="import-problems-summary"
                title={t('rubricLibrary.importProblems', {
                  file: stage.fileName,
                  count: stage.problems.length,
                })}
                description={t('rubricLibrary.importNothingSaved')}
              />
              <ProblemTable problems={stage.problems} />
            </>
          )}
          {stage.kind === 'clean' && (
            <>
              <Alert
                type="success"
                showIcon
                title={t('rubricLibrary.importClean', { file: stage.fileName })}
              />
              <Descriptions
                size="small"
                column={2}
                items={[
                  {
                    key: 'scheme',
                    label: t('rubric.scheme'),
                    children: t(`scheme.${stage.definition.scheme.kind}`),
                  },
                  {
                    key: 'max',
                    label: t('rubric.max'),
                    children: formatCenti(stage.definition.max),
                  },
                  {
                    key: 'dimensions',
                    label: t('rubric.dimensionsTitle'),
                    children: stage.definition.dimensions.length,
                  },
                  {
                    key: 'items',
                    label: t('rubricLibrary.itemCount'),
                    children: listItems(stage.definition).length,
                  },
                ]}
              />
              <Form layout="vertical" component="div">
                <Form.Item
                  label={t('rubricLibrary.nameLabel')}
                  htmlFor="xp-import-name"
                  required
                  validateStatus={name.trim() === '' ? 'error' : undefined}
                  help={name.trim() === '' ? t('rubricLibrary.nameRequired') : undefined}
                >
                  <Input
                    id="xp-import-name"
                    value={name}
                    maxLength={200}
                    onChange={(e) => setName(e.target.value)}
                  />
                </Form.Item>
              </Form>
            </>
          )}
          {stage.kind !== 'clean' && (
            <FileDropZone
              kind="import"
              hint={t('rubricLibrary.dropHint')}
              note={t('rubricLibrary.fileTypes')}
              onFile={onFile}
              onRefused={onRefused}
            />
          )}
        </Space>
      )}
    </Modal>
  );
}
