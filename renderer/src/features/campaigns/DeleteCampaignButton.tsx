import { DeleteOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../shared/domain/views';
import { useDeleteCampaign } from '../../api/mutations';
import { translateError } from '../../i18n/translateError';

export interface DeleteCampaignButtonProps {
  campaign: CampaignSummary;
}

export function DeleteCampaignButton({ campaign }: DeleteCampaignButtonProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useDeleteCampaign();

  const confirm = () => {
    // Named in the title and explicit about scores: a wrong click here loses a year's work.
    modal.confirm({
      title: t('campaigns.deleteTitle', { name: campaign.name }),
      content: t('campaigns.deleteContent'),
      okText: t('campaigns.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          await remove.mutateAsync(campaign.id);
          void message.success(t('campaigns.deleted', { name: campaign.name }));
        } catch (error) {
          void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
        }
      },
    });
  };

  return (
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
  );
}
