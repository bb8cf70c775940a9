import { App, Button, Checkbox, Form, InputNumber, Space, Switch, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NamingSettingsView } from '../../../../../shared/domain/views/publication';
import { call } from '../../../api/client';
import { QueryView } from '../../../components/QueryView';
import { translateError } from '../../../i18n/translateError';
import { publicationKeys } from '../queries';
import { useLevelLabel } from '../useLevelLabel';

interface Values {
  countyLevels: number[];
  limitStep: boolean;
  maxStepUp: number;
  vetoWithdraws: boolean;
  rateNew: boolean;
  newBranchYears: number;
}

const LEVELS = [1, 2, 3, 4, 5];

/** 命名权限与星级规则 of the county: which levels it names itself, and its star rules. */
export function NamingSettingsForm({
  countyId,
  campaignId,
}: {
  countyId: string;
  campaignId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const levelLabel = useLevelLabel(campaignId);
  const settings = useQuery({
    queryKey: publicationKeys.namingSettings(countyId),
    queryFn: () => call('publication.namingSettings', { countyId }),
  });
  const save = useMutation({
    mutationFn: (values: Values | null) =>
      call('publication.setNamingSettings', toInput(countyId, values)),
    onSuccess: () => void client.invalidateQueries({ queryKey: publicationKeys.all }),
  });
  const run = async (values: Values | null) => {
    try {
      await save.mutateAsync(values);
      void message.success(t('publication.settings.saved'));
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };
  return (
    <QueryView query={settings}>
      {(view) => (
        <Form<Values>
          key={JSON.stringify(view)}
          layout="vertical"
          initialValues={fromView(view)}
          onFinish={(values) => void run(values)}
          data-testid="naming-settings"
        >
          <Form.Item
            name="countyLevels"
            label={t('publication.settings.countyLevels')}
            extra={t('publication.settings.countyLevelsHelp')}
          >
            <Checkbox.Group options={LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))} />
          </Form.Item>
          <Space align="start" wrap>
            <Form.Item
              name="limitStep"
              valuePropName="checked"
              label={t('publication.settings.limitStep')}
            >
              <Switch />
            </Form.Item>
            <Form.Item name="maxStepUp" label={t('publication.settings.maxStepUp')}>
              <InputNumber min={1} max={20} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item
            name="vetoWithdraws"
            valuePropName="checked"
            label={t('publication.settings.vetoWithdraws')}
          >
            <Switch />
          </Form.Item>
          <Space align="start" wrap>
            <Form.Item
              name="rateNew"
              valuePropName="checked"
              label={t('publication.settings.newUnrated')}
            >
              <Switch />
            </Form.Item>
            <Form.Item
              name="newBranchYears"
              label={t('publication.settings.newBranchYears')}
              extra={t('publication.settings.newBranchHelp')}
            >
              <InputNumber min={1} max={10} precision={0} />
            </Form.Item>
          </Space>
          {view.defaults && (
            <Typography.Paragraph type="secondary">
              {t('publication.settings.defaults')}
            </Typography.Paragraph>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('publication.settings.save')}
            </Button>
            <Button onClick={() => void run(null)} disabled={view.defaults}>
              {t('publication.settings.reset')}
            </Button>
          </Space>
        </Form>
      )}
    </QueryView>
  );
}

function fromView(view: NamingSettingsView): Values {
  const rules = view.starRules;
  return {
    countyLevels: [...view.authority.countyLevels],
    limitStep: rules.maxStepUp !== null,
    maxStepUp: rules.maxStepUp ?? 1,
    vetoWithdraws: rules.vetoWithdraws,
    rateNew: rules.newBranchYears !== null,
    newBranchYears: rules.newBranchYears ?? 1,
  };
}

function toInput(countyId: string, values: Values | null) {
  if (values === null) return { countyId, authority: null, starRules: null };
  return {
    countyId,
    authority: { countyLevels: [...values.countyLevels].sort((a, b) => a - b) },
    starRules: {
      maxStepUp: values.limitStep ? values.maxStepUp : null,
      vetoWithdraws: values.vetoWithdraws,
      newBranchYears: values.rateNew ? values.newBranchYears : null,
    },
  };
}
