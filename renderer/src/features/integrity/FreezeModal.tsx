import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFreeze } from './mutations';

interface Props {
  roundId: string;
  roundName: string;
  onDone: (version: number, fingerprint: string) => void;
  onFailed: (error: unknown) => void;
  onCancel: () => void;
}

/** Says what becomes read-only, and asks for the round's name typed before freezing. */
export function FreezeModal({ roundId, roundName, onDone, onFailed, onCancel }: Props) {
  const { t } = useTranslation();
  const freeze = useFreeze();
  const [typed, setTyped] = useState('');
  const submit = async () => {
    try {
      const status = await freeze.mutateAsync({ roundId });
      onDone(status.current?.version ?? 1, status.current?.fingerprint ?? '');
    } catch (error) {
      onFailed(error);
    }
  };
  return (
    <Modal
      open
      title={t('freeze.confirmTitle', { round: roundName })}
      okText={t('freeze.freeze')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: typed.trim() !== roundName, danger: true }}
      confirmLoading={freeze.isPending}
      onOk={() => void submit()}
      onCancel={onCancel}
    >
      <Typography.Paragraph>{t('freeze.confirmText')}</Typography.Paragraph>
      <ul>
        {(['scores', 'sheets', 'vetoes', 'decisions', 'branches'] as const).map((part) => (
          <li key={part}>{t(`freeze.readOnly.${part}`)}</li>
        ))}
      </ul>
      <Typography.Paragraph type="secondary">{t('freeze.confirmAfter')}</Typography.Paragraph>
      <Typography.Text>{t('freeze.typeRound', { round: roundName })}</Typography.Text>
      <Input
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        aria-label={t('freeze.typeRound', { round: roundName })}
        data-testid="freeze-confirm-input"
        onPressEnter={() => typed.trim() === roundName && void submit()}
      />
    </Modal>
  );
}
