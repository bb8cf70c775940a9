import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyView } from '../../../../shared/domain/views';
import { registryErrorText } from '../branches/registryError';
import type { CountyValues } from './CountyFields';
import { CountyFields, countyInput } from './CountyFields';
import { useCreateCounty, useUpdateCounty } from './useCountyMutations';

export interface CountyFormModalProps {
  /** Edits this county; without it the dialog sets up a new one. */
  county?: CountyView | undefined;
  onClose: (created?: CountyView) => void;
}

/** Sets up a county or changes its name, code and department; refusals stay in the dialog. */
export function CountyFormModal({ county, onClose }: CountyFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CountyValues>();
  const [error, setError] = useState<string>();
  const create = useCreateCounty();
  const update = useUpdateCounty();

  const submit = (values: CountyValues) => {
    setError(undefined);
    const input = countyInput(values);
    const fail = (err: unknown) => setError(registryErrorText(t, err));
    if (county) {
      // Cleared fields are sent as '' so the stored value goes too.
      update.mutate(
        {
          id: county.id,
          name: input.name,
          code: input.code ?? '',
          department: input.department ?? '',
        },
        {
          onSuccess: () => {
            void message.success(t('county.saved'));
            onClose();
          },
          onError: fail,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (created) => {
          void message.success(t('county.created', { name: created.name }));
          onClose(created);
        },
        onError: fail,
      });
    }
  };

  return (
    <Modal
      open
      title={county ? t('county.editTitle', { name: county.name }) : t('county.createTitle')}
      okText={t('county.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={create.isPending || update.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<CountyValues>
          form={form}
          name="county-form"
          layout="vertical"
          initialValues={
            county
              ? { name: county.name, code: county.code ?? '', department: county.department ?? '' }
              : {}
          }
          onFinish={submit}
          data-testid="county-form"
        >
          {dom}
        </Form>
      )}
    >
      <CountyFields autoFocus />
      {error && <Alert type="error" showIcon title={error} data-testid="county-error" />}
    </Modal>
  );
}
