import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDeletion, CampaignSummary } from '../../../../shared/domain/views';
import { useDeleteCampaign } from '../../api/mutations';
import { translateError } from '../../i18n/translateError';

export interface DeleteCampaignModalProps {
  campaign: CampaignSummary;
  onClose: (deleted?: CampaignDeletion) => void;
}

/**
 * Deleting a campaign that has score sheets: a year's work. The name must be typed, and the
 * database is copied to `backups/` beside it first; the result says where the copy went.
 */
export function DeleteCampaignModal({ campaign, onClose }: DeleteCampaignModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteCampaign();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const matches = typed.trim() === campaign.name;

  const submit = () => {
    if (!matches) return;
    setError(undefined);
    // A promise, not mutate callbacks: the deleted campaign's row (and this dialog's owner)
    // leaves the list as soon as the list refreshes, and its callbacks would never run.
    remove.mutateAsync({ id: campaign.id, confirmName: typed.trim() }).then(
      (deleted) => onClose(deleted),
      (err: unknown) => setError(translateError(t, err)),
    );
  };

  return (
    <Modal
      open
      title={t('campaigns.deleteTitle', { name: campaign.name })}
      okText={t('campaigns.deleteOk')}
      okButtonProps={{ danger: true, disabled: !matches }}
      cancelText={t('common.cancel')}
      confirmLoading={remove.isPending}
      onOk={submit}
      onCancel={() => onClose()}
      destroyOnHidden
      data-testid="delete-campaign"
    >
      <Typography.Paragraph>
        {t('campaigns.deleteScored', { sheets: campaign.sheetCount })}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {t('campaigns.deleteTypeName')}
        <Typography.Text code copyable>
          {campaign.name}
        </Typography.Text>
      </Typography.Paragraph>
      <Input
        autoFocus
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onPressEnter={submit}
        aria-label={t('campaigns.deleteTypeLabel')}
        data-testid="delete-campaign-name"
      />
      {error && <Alert type="error" showIcon title={error} className="xp-form-alert" />}
    </Modal>
  );
}
