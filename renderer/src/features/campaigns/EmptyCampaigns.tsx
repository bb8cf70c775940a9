import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { countiesHref } from '../../app/routes';
import { RestoreDemoButton } from './RestoreDemoButton';

export interface EmptyCampaignsProps {
  onCreate: () => void;
}

export function EmptyCampaigns({ onCreate }: EmptyCampaignsProps) {
  const { t } = useTranslation();
  return (
    <Card>
      <Empty description={t('campaigns.empty')}>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            {t('campaigns.new')}
          </Button>
          <Button icon={<ApartmentOutlined />} href={countiesHref()}>
            {t('county.listTitle')}
          </Button>
          <RestoreDemoButton />
        </Space>
      </Empty>
    </Card>
  );
}
