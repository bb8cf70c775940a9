import { App, Modal, Steps } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePayload } from '../../../../shared/domain/views';
import type {
  BranchImportMapping,
  BranchImportPreview,
  BranchImportResult,
} from '../../../../shared/domain/views/branch-import';
import { translateError } from '../../i18n/translateError';
import type { RegistryScope } from '../branches/registryScope';
import { MAX_IMPORT_BYTES, readFileBase64 } from '../rubric-library/fileData';
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
  file: FilePayload;
  sheetName?: string;
  mapping?: BranchImportMapping;
}

/**
 * File → sheet and columns → preview → done. The file is read on the main side at every
 * step; nothing is written until the final confirmation, and then all in one transaction.
 */
export function BranchImportWizard({ scope, onClose }: BranchImportWizardProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const previewCall = useBranchImportPreview();
  const applyCall = useBranchImportApply(scope);
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

  const runPreview = (next: Source, onDone?: (p: BranchImportPreview) => void) => {
    const ticket = (latest.current += 1);
    setSource(next);
    previewCall
      .mutateAsync({ ...scope, ...next })
      .then((p) => {
        if (ticket !== latest.current) return;
        setPreview(p);
        setReading(null);
        onDone?.(p);
      })
      .catch((error: unknown) => {
        if (ticket !== latest.current) return;
        setReading(null);
        setFailure(translateError(t, error));
        setStep(0);
      });
  };

  const onFile = (file: File) => {
    setFailure(null);
    setPreview(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setFailure(t('branchImport.fileTooLarge'));
      return;
    }
    setReading(file.name);
    readFileBase64(file)
      .then((contentBase64) =>
        runPreview({ file: { fileName: file.name, contentBase64 } }, (p) => {
          // A file that could not be read at all stays on the first step with its reason.
          if (p.sheet !== null) setStep(1);
        }),
      )
      .catch((error: unknown) => {
        setReading(null);
        setFailure(`${t('branchImport.readFailed', { file: file.name })}: ${String(error)}`);
      });
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
      onClose={onClose}
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
      onCancel={applyCall.isPending ? undefined : onClose}
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
          failure={failure}
          problems={preview?.fileProblems ?? []}
          onFile={onFile}
        />
      )}
      {step === 1 && preview && source && (
        <MappingStep
          preview={preview}
          busy={busy}
          onSheet={(sheetName) => runPreview({ file: source.file, sheetName })}
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
