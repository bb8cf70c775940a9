import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../../shared/domain/views/meetings';
import { useMeetingAction } from '../mutations';

/** 完成 (locks every decision, after a confirmation) and 重新开启 (with a reason, audited). */
export function CloseControls({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const close = useMeetingAction('meetings.close');
  const reopen = useMeetingAction('meetings.reopen');
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  if (view.stage === 'closed') {
    return (
      <>
        <Button icon={<UnlockOutlined />} onClick={() => setReopening(true)}>
          {t('meetings.reopen')}
        </Button>
        <Modal
          open={reopening}
          title={t('meetings.reopen')}
          okText={t('meetings.reopenOk')}
          cancelText={t('common.cancel')}
          okButtonProps={{ disabled: reason.trim().length < 2 }}
          confirmLoading={reopen.isPending}
          onCancel={() => setReopening(false)}
          onOk={() =>
            reopen.mutate(
              { id: view.id, reason },
              {
                onSuccess: () => {
                  setReopening(false);
                  setReason('');
                },
              },
            )
          }
        >
          <p>{t('meetings.reopenHelp')}</p>
          <Input.TextArea
            aria-label={t('meetings.reopenReason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
        </Modal>
      </>
    );
  }
  return (
    <Button
      icon={<LockOutlined />}
      disabled={view.stage !== 'in-session'}
      onClick={() => {
        modal.confirm({
          title: t('meetings.closeConfirmTitle'),
          content: t('meetings.closeConfirm'),
          okText: t('meetings.close'),
          cancelText: t('common.cancel'),
          onOk: () => close.mutateAsync({ id: view.id }),
        });
      }}
    >
      {t('meetings.close')}
    </Button>
  );
}
