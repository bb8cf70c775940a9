import { App, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TownshipNode } from '../../../../shared/domain/views';
import { registryErrorText } from './registryError';
import type { RegistryScope } from './registryScope';
import { reasonOf, RegistryFormModal, useNameRules } from './RegistryFormModal';
import { useAddTownship, useRenameTownship } from './useRegistry';

interface Values {
  name: string;
  kind: 'township' | 'subdistrict';
  reason?: string;
}

export interface TownshipModalProps {
  scope: RegistryScope;
  /** Renames this township; without it the dialog adds a new one. */
  township?: TownshipNode | undefined;
  onClose: (createdKey?: string) => void;
}

export function TownshipModal({ scope, township, onClose }: TownshipModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const add = useAddTownship();
  const rename = useRenameTownship();
  const nameRules = useNameRules();

  const fail = (err: unknown) => setError(registryErrorText(t, err));
  const done = (id: string) => {
    void message.success(t('branchRegistry.saved'));
    onClose(`township:${id}`);
  };
  const submit = (values: Values) => {
    setError(undefined);
    if (township) {
      rename.mutate(
        { townshipId: township.id, name: values.name, ...reasonOf(values) },
        { onSuccess: ({ id }) => done(id), onError: fail },
      );
    } else {
      add.mutate(
        { ...scope, name: values.name, kind: values.kind, ...reasonOf(values) },
        { onSuccess: ({ id }) => done(id), onError: fail },
      );
    }
  };

  return (
    <RegistryFormModal<Values>
      title={
        township
          ? t('branchRegistry.renameTownshipTitle', { name: township.name })
          : t('branchRegistry.addTownshipTitle')
      }
      okText={t('branchRegistry.save')}
      pending={add.isPending || rename.isPending}
      error={error}
      form={form}
      initialValues={township ? { name: township.name } : { kind: 'township' }}
      onCancel={() => onClose()}
      onFinish={submit}
      testId="township-form"
    >
      <Form.Item name="name" label={t('branchRegistry.fieldName')} rules={nameRules}>
        <Input autoFocus maxLength={60} data-testid="township-name" />
      </Form.Item>
      {!township && (
        <Form.Item name="kind" label={t('branchRegistry.fieldKind')}>
          <Radio.Group
            options={(['township', 'subdistrict'] as const).map((kind) => ({
              value: kind,
              label: t(`unitKind.${kind}`),
            }))}
          />
        </Form.Item>
      )}
    </RegistryFormModal>
  );
}
