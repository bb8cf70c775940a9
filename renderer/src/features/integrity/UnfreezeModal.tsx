import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnfreeze } from './mutations';

interface Props {
  roundId: string;
  version: number;
  onDone: () => void;
  onFailed: (error: unknown) => void;
  onCancel: () => void;
}

/** 解除定稿: a reason is required and kept; the checkpoint stays as version n. */
export function UnfreezeModal({ roundId, version, onDone, onFailed, onCancel }: Props) {
  const { t } = useTranslation();
  const unfreeze = useUnfreeze();
  const [reason, setReason] = useState('');
  const ready = reason.trim().length >= 2;
  const submit = async () => {
    try {
      await unfreeze.mutateAsync({ roundId, reason: reason.trim() });
      onDone();
    } catch (error) {
      onFailed(error);
    }
  };
  return (
    <Modal
      open
      title={t('freeze.unfreezeTitle', { version })}
      okText={t('freeze.unfreeze')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !ready, danger: true }}
      confirmLoading={unfreeze.isPending}
      onOk={() => void submit()}
      onCancel={onCancel}
    >
      <Typography.Paragraph>{t('freeze.unfreezeText')}</Typography.Paragraph>
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={3}
        maxLength={500}
        aria-label={t('freeze.reason')}
        placeholder={t('freeze.reasonPlaceholder')}
        data-testid="unfreeze-reason"
      />
    </Modal>
  );
}
