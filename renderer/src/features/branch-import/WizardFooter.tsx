import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export type WizardStep = 0 | 1 | 2 | 3;

export interface WizardFooterProps {
  step: WizardStep;
  /** A preview or the import is running. */
  busy: boolean;
  applying: boolean;
  canNext: boolean;
  canApply: boolean;
  onClose: () => void;
  onStep: (step: WizardStep) => void;
  onApply: () => void;
}

/** Cancel, back, next and import, as each step allows; only “close” once the import is done. */
export function WizardFooter(props: WizardFooterProps) {
  const { step, busy, applying, canNext, canApply, onClose, onStep, onApply } = props;
  const { t } = useTranslation();
  if (step === 3)
    return (
      <Button type="primary" onClick={onClose}>
        {t('branchImport.close')}
      </Button>
    );
  return (
    <Space>
      <Button onClick={onClose} disabled={applying}>
        {t('common.cancel')}
      </Button>
      {step > 0 && (
        <Button disabled={busy} onClick={() => onStep((step - 1) as WizardStep)}>
          {t('branchImport.back')}
        </Button>
      )}
      {step === 1 && (
        <Button
          type="primary"
          data-testid="branch-import-next"
          disabled={busy || !canNext}
          onClick={() => onStep(2)}
        >
          {t('branchImport.next')}
        </Button>
      )}
      {step === 2 && (
        <Button
          type="primary"
          data-testid="branch-import-apply"
          disabled={!canApply}
          loading={applying}
          onClick={onApply}
        >
          {applying ? t('branchImport.applying') : t('branchImport.apply')}
        </Button>
      )}
    </Space>
  );
}
