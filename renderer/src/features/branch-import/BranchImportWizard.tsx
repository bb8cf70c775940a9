import { App, Modal, Steps } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile, RefusedFile } from '../../../../shared/domain/views/files';
import type {
  BranchImportMapping,
  BranchImportPreview,
  BranchImportResult,
} from '../../../../shared/domain/views/branch-import';
import { releaseFiles } from '../../api/files';
import { refusedText } from '../../components/files/refusedText';
import { isCancelled } from '../../components/jobs/isCancelled';
import { useJob } from '../../components/jobs/useJob';
import { translateError } from '../../i18n/translateError';
import type { RegistryScope } from '../branches/registryScope';
import './branchImport.css';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import type { ImportChoices } from './PreviewStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { applyErrorText } from './problemText';
import { useBranchImportApply, useBranchImportPreview } from './useBranchImport';
import type { WizardStep } from './WizardFooter';
import { WizardFooter } from './WizardFooter';

export interface BranchImportWizardProps {
  /** Into a campaign (new branches take part in it) or into the county before any campaign. */
  scope: RegistryScope;
  onClose: () => void;
}

interface Source {
  fileId: string;
  sheetName?: string;
  mapping?: BranchImportMapping;
}

/**
 * File → sheet and columns → preview → done. Main holds the chosen file and reads it in a
 * worker (the first time with progress and a cancel button; later steps reuse the parse);
 * nothing is written until the final confirmation, and then all in one transaction.
 */
export function BranchImportWizard({ scope, onClose }: BranchImportWizardProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const previewCall = useBranchImportPreview();
  const applyCall = useBranchImportApply(scope);
  const job = useJob();
  const [step, setStep] = useState<WizardStep>(0);
  const [reading, setReading] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [preview, setPreview] = useState<BranchImportPreview | null>(null);
  const [choices, setChoices] = useState<ImportChoices>({
    onExisting: 'update',
    skipInvalid: false,
  });
  const [result, setResult] = useState<BranchImportResult | null>(null);
  // Only the answer to the latest request counts when the user changes columns quickly.
  const latest = useRef(0);

  const runPreview = (next: Source, onDone?: (p: BranchImportPreview) => void, jobId?: string) => {
    const ticket = (latest.current += 1);
    setSource(next);
    previewCall
      .mutateAsync({ ...scope, ...next, ...(jobId ? { jobId } : {}) })
      .then((p) => {
        if (ticket !== latest.current) return;
        setPreview(p);
        setReading(null);
        onDone?.(p);
      })
      .catch((error: unknown) => {
        if (ticket !== latest.current) return;
        setReading(null);
        if (isCancelled(error)) {
          setSource(null);
          releaseFiles([next.fileId]);
          void message.info(t('jobs.cancelled'));
        } else setFailure(translateError(t, error));
        setStep(0);
      })
      .finally(() => {
        if (jobId) job.finish();
      });
  };

  const onFile = (file: PickedFile) => {
    setFailure(null);
    setPreview(null);
    if (source) releaseFiles([source.fileId]);
    setReading(file.fileName);
    runPreview(
      { fileId: file.id },
      (p) => {
        // A file that could not be read at all stays on the first step with its reason.
        if (p.sheet !== null) setStep(1);
      },
      job.start(),
    );
  };

  const onRefused = ([first]: RefusedFile[]) => {
    if (first) setFailure(refusedText(t, first));
  };

  const close = () => {
    job.cancel();
    // Not imported: main may let go of the chosen file (an upload is deleted).
    if (source && result === null) releaseFiles([source.fileId]);
    onClose();
  };

  const confirmApply = () => {
    if (source === null || preview === null) return;
    const { counts } = preview;
    const existing =
      choices.onExisting === 'update' && counts.update > 0
        ? t('branchImport.confirmUpdate', { count: counts.update })
        : t('branchImport.confirmSkip');
    void modal.confirm({
      title: t('branchImport.confirmTitle'),
      content: t('branchImport.confirmText', {
        new: counts.new,
        newTownships: counts.newTownships,
        existing,
      }),
      okText: t('branchImport.apply'),
      cancelText: t('common.cancel'),
      onOk: () =>
        applyCall
          .mutateAsync({ ...scope, ...source, mapping: preview.mapping, ...choices })
          .then((r) => {
            setResult(r);
            setStep(3);
          })
          .catch((error: unknown) => {
            void modal.error({ title: t('branchImport.title'), content: applyErrorText(t, error) });
          }),
    });
  };

  const busy = previewCall.isPending || applyCall.isPending;
  const counts = preview?.counts;
  const applicable = counts ? counts.new + counts.update + counts.same > 0 : false;
  const blocked = counts ? counts.error > 0 && !choices.skipInvalid : true;
  const footer = (
    <WizardFooter
      step={step}
      busy={busy}
      applying={applyCall.isPending}
      canNext={preview !== null && preview.fileProblems.length === 0}
      canApply={applicable && !blocked}
      onClose={close}
      onStep={setStep}
      onApply={confirmApply}
    />
  );

  return (
    <Modal
      open
      title={t('branchImport.title')}
      width={step === 2 ? 1000 : 720}
      footer={footer}
      onCancel={applyCall.isPending ? undefined : close}
      closable={!applyCall.isPending}
      maskClosable={false}
      destroyOnHidden
      centered
      // A long preview scrolls inside the dialog, so the buttons stay on screen.
      styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflowY: 'auto' } }}
    >
      <Steps
        className="xp-bi-steps"
        size="small"
        current={step}
        items={(['file', 'mapping', 'preview', 'done'] as const).map((s) => ({
          title: t(`branchImport.steps.${s}`),
        }))}
      />
      {step === 0 && (
        <FileStep
          reading={reading}
          progress={job.progress}
          failure={failure}
          problems={preview?.fileProblems ?? []}
          onFile={onFile}
          onRefused={onRefused}
          onCancel={job.cancel}
        />
      )}
      {step === 1 && preview && source && (
        <MappingStep
          preview={preview}
          busy={busy}
          onSheet={(sheetName) => runPreview({ fileId: source.fileId, sheetName })}
          onMapping={(mapping) => runPreview({ ...source, mapping })}
        />
      )}
      {step === 2 && preview && (
        <PreviewStep preview={preview} choices={choices} onChoices={setChoices} />
      )}
      {step === 3 && result && <ResultStep result={result} />}
    </Modal>
  );
}
