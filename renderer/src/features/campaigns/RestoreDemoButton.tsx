import { ExperimentOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateDemoCampaign } from '../../api/mutations';
import { translateError } from '../../i18n/translateError';

export function RestoreDemoButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const restore = useCreateDemoCampaign();

  const onClick = () => {
    restore.mutate(undefined, {
      onSuccess: (campaign) => {
        void message.success(t('campaigns.demoRestored', { name: campaign.name }));
      },
      onError: (error) => {
        void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
      },
    });
  };

  return (
    <Button icon={<ExperimentOutlined />} loading={restore.isPending} onClick={onClick}>
      {t('campaigns.restoreDemo')}
    </Button>
  );
}
