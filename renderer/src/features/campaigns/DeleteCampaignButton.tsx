import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDeletion, CampaignSummary } from '../../../../shared/domain/views';
import { useDeleteCampaign } from '../../api/mutations';
import { translateError } from '../../i18n/translateError';
import { DeleteCampaignModal } from './DeleteCampaignModal';

export interface DeleteCampaignButtonProps {
  campaign: CampaignSummary;
}

/**
 * A campaign without score sheets (or the demo, which 恢复示例 brings back) is deleted after a
 * plain confirmation; one with sheets needs its name typed and is backed up first.
 */
export function DeleteCampaignButton({ campaign }: DeleteCampaignButtonProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useDeleteCampaign();
  const [typing, setTyping] = useState(false);
  const guarded = !campaign.isDemo && campaign.sheetCount > 0;

  const deleted = (result: CampaignDeletion) => {
    if (result.backupFile === null) {
      void message.success(t('campaigns.deleted', { name: campaign.name }));
      return;
    }
    // Where the copy is matters more than a passing toast: it stays until closed.
    modal.success({
      title: t('campaigns.deleted', { name: campaign.name }),
      content: (
        <>
          <Typography.Paragraph>{t('campaigns.backupWritten')}</Typography.Paragraph>
          <Typography.Text code copyable data-testid="backup-file">
            {result.backupFile}
          </Typography.Text>
        </>
      ),
    });
  };

  const confirm = () => {
    if (guarded) {
      setTyping(true);
      return;
    }
    // Named in the title and explicit about scores: a wrong click here loses work.
    modal.confirm({
      title: t('campaigns.deleteTitle', { name: campaign.name }),
      content: t('campaigns.deleteContent'),
      okText: t('campaigns.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          deleted(await remove.mutateAsync({ id: campaign.id }));
        } catch (error) {
          void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
        }
      },
    });
  };

  return (
    <>
      <Button
        type="link"
        danger
        size="small"
        icon={<DeleteOutlined />}
        aria-label={t('campaigns.deleteAria', { name: campaign.name })}
        onClick={confirm}
      >
        {t('campaigns.delete')}
      </Button>
      {typing && (
        <DeleteCampaignModal
          campaign={campaign}
          onClose={(result) => {
            setTyping(false);
            if (result) deleted(result);
          }}
        />
      )}
    </>
  );
}
