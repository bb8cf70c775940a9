import type { FormInstance } from 'antd';
import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../../shared/domain/views';
import { LANGUAGES } from '../../../../shared/domain/views';
import { EXPORT_SHEETS } from '../../../../shared/domain/views/exports';
import type { ExportFormValues } from './formValues';

export interface ExportFieldsProps {
  form: FormInstance<ExportFormValues>;
  initial: ExportFormValues;
  rounds: RoundSummary[];
}

const PHONE = /^[0-9+\-() ]*$/;

export function ExportFields({ form, initial, rounds }: ExportFieldsProps) {
  const { t } = useTranslation();
  // The remembered options arrive after the form mounted; fill them in once they do.
  useEffect(() => form.setFieldsValue(initial), [form, initial]);
  const roundOptions = [
    { value: '', label: t('exports.dialog.decidingRound') },
    ...rounds.map((r) => ({ value: r.id, label: r.name })),
  ];
  return (
    <>
      <Form.Item<ExportFormValues>
        name="sheets"
        label={t('exports.dialog.sheets')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('exports.dialog.sheetsRequired') },
        ]}
      >
        <Checkbox.Group
          options={EXPORT_SHEETS.map((sheet) => ({
            value: sheet,
            label: t(`exports.sheetOption.${sheet}`),
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item<ExportFormValues> name="round" label={t('exports.dialog.round')}>
            <Select options={roundOptions} aria-label={t('exports.dialog.round')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item<ExportFormValues>
            name="language"
            label={t('exports.dialog.language')}
            extra={t('exports.dialog.languageHint')}
          >
            <Radio.Group
              options={LANGUAGES.map((language) => ({
                value: language,
                label: t(`language.${language}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item<ExportFormValues> name="starColumns" label={t('exports.dialog.starColumns')}>
            <Radio.Group
              options={[
                { value: 'check', label: t('exports.dialog.starCheck') },
                { value: 'score', label: t('exports.dialog.starScore') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item<ExportFormValues>
            name="unitName"
            label={t('exports.dialog.unitName')}
            rules={[
              { required: true, whitespace: true, message: t('exports.dialog.unitRequired') },
            ]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item<ExportFormValues>
            name="date"
            label={t('exports.dialog.date')}
            extra={t('exports.dialog.dateHint')}
          >
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item<ExportFormValues> name="noticeFrom" label={t('exports.dialog.noticeFrom')}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item<ExportFormValues>
            name="noticeTo"
            label={t('exports.dialog.noticeTo')}
            dependencies={['noticeFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value: string) => {
                  const from = String(getFieldValue('noticeFrom') ?? '');
                  return !value || !from || value >= from
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('exports.dialog.noticeOrder')));
                },
              }),
            ]}
          >
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item<ExportFormValues>
            name="objectionPhone"
            label={t('exports.dialog.objectionPhone')}
            rules={[{ pattern: PHONE, message: t('exports.dialog.phoneInvalid') }]}
          >
            <Input maxLength={40} inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
