import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileView } from '../../../../shared/domain/views/evidence';
import { useRemoveEvidence } from './evidenceApi';
import { translateEvidenceError } from './evidenceErrors';

export interface RemoveEvidenceModalProps {
  file: EvidenceFileView | null;
  onClose: () => void;
}

/** Removal needs a reason; the file stays in the list (marked removed) and in the audit log. */
export function RemoveEvidenceModal({ file, onClose }: RemoveEvidenceModalProps) {
  const { t } = useTranslation();
  const remove = useRemoveEvidence(file?.sheetId ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!file) return;
    try {
      await remove.mutateAsync({ id: file.id, reason: reason.trim() });
      close();
    } catch (caught) {
      setError(translateEvidenceError(t, caught));
    }
  };

  return (
    <Modal
      open={file !== null}
      title={t('evidence.removeTitle', { fileName: file?.fileName ?? '' })}
      okText={t('evidence.remove')}
      okButtonProps={{
        danger: true,
        disabled: reason.trim().length < 2,
        loading: remove.isPending,
      }}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('evidence.removeHint')}</Typography.Paragraph>
      <Input.TextArea
        value={reason}
        rows={3}
        maxLength={500}
        autoFocus
        placeholder={t('evidence.removeReason')}
        aria-label={t('evidence.removeReason')}
        data-testid="evidence-remove-reason"
        onChange={(e) => setReason(e.target.value)}
      />
      {error && <Alert type="error" showIcon title={error} className="xp-evidence-alert" />}
    </Modal>
  );
}
