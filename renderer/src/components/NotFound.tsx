import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { campaignsHref } from '../app/routes';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Card>
      <Result
        status="warning"
        title={t('notFound.title')}
        subTitle={t('notFound.description')}
        extra={
          <Button type="primary" href={campaignsHref()}>
            {t('common.backToCampaigns')}
          </Button>
        }
      />
    </Card>
  );
}
