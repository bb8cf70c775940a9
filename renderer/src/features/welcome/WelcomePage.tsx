import { ExperimentOutlined, HomeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateDemoCampaign } from '../../api/mutations';
import { campaignHref, countyHref } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import { translateError } from '../../i18n/translateError';
import { registryErrorText } from '../branches/registryError';
import type { CountyValues } from '../counties/CountyFields';
import { CountyFields, countyInput } from '../counties/CountyFields';
import { useCreateCounty } from '../counties/useCountyMutations';

/**
 * The first start, on an empty data file: set up one's own county (its names go on every
 * export), or look at the demo first. Nothing is created until one of the two is chosen.
 */
export function WelcomePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CountyValues>();
  const [error, setError] = useState<string>();
  const create = useCreateCounty();
  const demo = useCreateDemoCampaign();

  // Promises rather than mutate callbacks: once the county or the demo exists this screen is
  // replaced (the data file is no longer empty), and callbacks of an unmounted screen never run.
  const setUp = (values: CountyValues) => {
    setError(undefined);
    create.mutateAsync(countyInput(values)).then(
      (county) => {
        void message.success(t('county.created', { name: county.name }));
        navigate(countyHref(county.id));
      },
      (err: unknown) => setError(registryErrorText(t, err)),
    );
  };
  const openDemo = () => {
    demo.mutateAsync().then(
      (campaign) => navigate(campaignHref(campaign.id)),
      (err: unknown) =>
        void message.error(t('common.actionFailed', { reason: translateError(t, err) })),
    );
  };

  return (
    <div className="xp-welcome" data-testid="welcome">
      <Typography.Title level={2}>{t('welcome.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('welcome.intro')}</Typography.Paragraph>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={14}>
          <Card
            title={
              <>
                <HomeOutlined /> {t('welcome.countyTitle')}
              </>
            }
          >
            <Typography.Paragraph>{t('welcome.countyText')}</Typography.Paragraph>
            <Form<CountyValues>
              form={form}
              name="welcome-county"
              layout="vertical"
              onFinish={setUp}
              data-testid="welcome-county-form"
            >
              <CountyFields autoFocus />
              {error && <Alert type="error" showIcon title={error} className="xp-form-alert" />}
              <Button
                type="primary"
                htmlType="submit"
                loading={create.isPending}
                data-testid="welcome-county-submit"
              >
                {t('welcome.countySubmit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            title={
              <>
                <ExperimentOutlined /> {t('welcome.demoTitle')}
              </>
            }
          >
            <Typography.Paragraph>{t('welcome.demoText')}</Typography.Paragraph>
            <Button loading={demo.isPending} onClick={openDemo} data-testid="welcome-demo">
              {t('welcome.demoOpen')}
            </Button>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
