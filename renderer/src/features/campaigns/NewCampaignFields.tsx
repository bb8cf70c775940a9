import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import { useCounties, useRubricVersions } from '../../api/queries';
import { countiesHref, rubricsHref } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import { translateError } from '../../i18n/translateError';
import type { NewCampaignValues } from './newCampaignValues';
import { ParticipationFields } from './ParticipationFields';

export type { NewCampaignValues };

export interface NewCampaignFieldsProps {
  form: FormInstance<NewCampaignValues>;
}

/** Mounted only while the modal is open, so the choices load when they are needed. */
export function NewCampaignFields({ form }: NewCampaignFieldsProps) {
  const { t } = useTranslation();
  const counties = useCounties(true);
  const rubrics = useRubricVersions(true);
  // The demo lives in its own county: a real campaign is never created there.
  const real = useMemo(() => counties.data?.filter((c) => !c.isDemo), [counties.data]);
  const countyId = Form.useWatch('countyId', form);
  const rubricId = Form.useWatch('rubricVersionId', form);
  const rubricName = rubrics.data?.find((r) => r.id === rubricId)?.name;

  // With a single county or rubric (the usual case in one office) there is nothing to choose.
  useEffect(() => {
    const only = real?.length === 1 ? real[0] : undefined;
    if (only && !form.getFieldValue('countyId')) form.setFieldValue('countyId', only.id);
  }, [real, form]);
  useEffect(() => {
    const only = rubrics.data?.length === 1 ? rubrics.data[0] : undefined;
    if (only && !form.getFieldValue('rubricVersionId'))
      form.setFieldValue('rubricVersionId', only.id);
  }, [rubrics.data, form]);

  const failure = counties.error ?? rubrics.error;
  return (
    <>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={t('campaignForm.optionsFailed', { reason: translateError(t, failure) })}
        />
      )}
      {rubrics.data?.length === 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="campaign-form-no-rubric"
          title={t('campaignForm.noRubricYet')}
          action={
            <Button size="small" onClick={() => navigate(rubricsHref())}>
              {t('rubricLibrary.title')}
            </Button>
          }
        />
      )}
      {real?.length === 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="campaign-form-no-county"
          title={t('campaignForm.noRealCounty')}
          action={
            <Button size="small" onClick={() => navigate(countiesHref())}>
              {t('county.create')}
            </Button>
          }
        />
      )}
      <Form.Item
        name="name"
        label={t('campaignForm.name')}
        rules={[
          { required: true, whitespace: true, message: t('campaignForm.nameRequired') },
          { max: 200, message: t('campaignForm.nameTooLong') },
        ]}
      >
        <Input placeholder={t('campaignForm.namePlaceholder')} autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item
        name="year"
        label={t('campaignForm.year')}
        rules={[
          { required: true, message: t('campaignForm.yearRequired') },
          { type: 'integer', min: 2000, max: 2100, message: t('campaignForm.yearRange') },
        ]}
      >
        <InputNumber min={2000} max={2100} precision={0} controls />
      </Form.Item>
      <Form.Item
        name="countyId"
        label={t('campaignForm.county')}
        rules={[{ required: true, message: t('campaignForm.countyRequired') }]}
      >
        <Select
          loading={counties.isPending}
          placeholder={t('campaignForm.countyPlaceholder')}
          notFoundContent={t('campaignForm.noCounties')}
          data-testid="campaign-form-county"
          options={real?.map((c) => ({
            value: c.id,
            label: t('campaignForm.countyOption', { name: c.name, branches: c.branches }),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="rubricVersionId"
        label={t('campaignForm.rubric')}
        rules={[{ required: true, message: t('campaignForm.rubricRequired') }]}
      >
        <Select
          loading={rubrics.isPending}
          placeholder={t('campaignForm.rubricPlaceholder')}
          notFoundContent={t('campaignForm.noRubrics')}
          options={rubrics.data?.map((r) => ({
            value: r.id,
            label: t('campaignForm.rubricOption', {
              name: r.name,
              version: r.version,
              max: formatCenti(r.max),
            }),
          }))}
        />
      </Form.Item>
      {countyId && <ParticipationFields form={form} countyId={countyId} rubricName={rubricName} />}
    </>
  );
}
