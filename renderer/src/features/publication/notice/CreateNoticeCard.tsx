import { NotificationOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  NOTICE_DAYS_DEFAULT,
  NOTICE_DAYS_MAX,
  NOTICE_DAYS_MIN,
} from '../../../../../shared/domain/publication/calendar';
import type { CampaignSummary, RoundSummary } from '../../../../../shared/domain/views';
import { DEFAULT_NOTICE_RULES } from '../../../../../shared/domain/views/publication';
import { campaignHref } from '../../../app/routes';
import { translateError } from '../../../i18n/translateError';
import { useFreezeStatus } from '../../integrity/queries';
import { localDay } from '../days';
import { usePublicationWrite } from '../mutations';
import { PeriodPreview } from './PeriodPreview';

interface Values {
  title: string;
  startDay: string;
  workingDays: number;
  phone?: string;
  letter?: string;
  visit?: string;
  address?: string;
  rules: string;
}

/**
 * 发布公示: the round must be frozen (定稿) first; the list is the frozen decisions, so the form
 * asks only for the title, the period and how people can object. The end day is computed live
 * from the county's working-day calendar.
 */
export function CreateNoticeCard({
  campaign,
  round,
}: {
  campaign: CampaignSummary;
  round: RoundSummary;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const freeze = useFreezeStatus(round.id);
  const create = usePublicationWrite('publication.createNotice');
  const startDay = Form.useWatch('startDay', form);
  const workingDays = Form.useWatch('workingDays', form);

  if (freeze.data && !freeze.data.current) {
    return (
      <Card>
        <Alert
          type="info"
          showIcon
          data-testid="notice-needs-freeze"
          message={t('publication.needsFreeze')}
          action={
            <Button href={campaignHref(campaign.id, 'ranking')}>
              {t('publication.goRanking')}
            </Button>
          }
        />
      </Card>
    );
  }

  const submit = async () => {
    const values = await form.validateFields();
    try {
      const notice = await create.mutateAsync({
        roundId: round.id,
        title: values.title,
        startDay: values.startDay,
        workingDays: values.workingDays,
        channels: {
          phone: values.phone ?? '',
          letter: values.letter ?? '',
          visit: values.visit ?? '',
          address: values.address ?? '',
          rules: values.rules
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== ''),
        },
      });
      void message.success(
        t('publication.notice.created', { start: notice.startDay, end: notice.endDay }),
      );
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };

  return (
    <Card
      title={t('publication.notice.create')}
      extra={
        <Typography.Text type="secondary">
          {t('publication.round', { round: round.name })}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('publication.notice.createIntro')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="notice-form"
        initialValues={{
          title: t('publication.notice.defaultTitle', { campaign: campaign.name }),
          startDay: localDay(),
          workingDays: NOTICE_DAYS_DEFAULT,
          rules: DEFAULT_NOTICE_RULES.join('\n'),
        }}
      >
        <Form.Item
          name="title"
          label={t('publication.notice.title')}
          rules={[{ required: true, whitespace: true, message: t('publication.notice.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Space size="large" wrap align="start">
          <Form.Item
            name="startDay"
            label={t('publication.notice.startDay')}
            rules={[{ required: true, message: t('publication.notice.required') }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="workingDays"
            label={t('publication.notice.workingDays')}
            rules={[{ required: true, message: t('publication.notice.required') }]}
          >
            <InputNumber min={NOTICE_DAYS_MIN} max={NOTICE_DAYS_MAX} precision={0} />
          </Form.Item>
        </Space>
        <PeriodPreview countyId={campaign.countyId} startDay={startDay} workingDays={workingDays} />
        <Typography.Title level={5}>{t('publication.notice.channels')}</Typography.Title>
        <Space size="large" wrap align="start">
          {(['phone', 'letter', 'visit', 'address'] as const).map((field) => (
            <Form.Item key={field} name={field} label={t(`publication.notice.${field}`)}>
              <Input maxLength={200} className="xp-publication-channel" />
            </Form.Item>
          ))}
        </Space>
        <Form.Item
          name="rules"
          label={t('publication.notice.rules')}
          extra={t('publication.notice.rulesHelp')}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button
          type="primary"
          icon={<NotificationOutlined />}
          loading={create.isPending}
          onClick={() => void submit()}
        >
          {t('publication.notice.create')}
        </Button>
      </Form>
    </Card>
  );
}
