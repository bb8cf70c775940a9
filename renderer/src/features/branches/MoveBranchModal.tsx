import { App, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TownshipNode } from '../../../../shared/domain/views';
import type { LocatedBranch } from './filterBranches';
import { registryErrorText } from './registryError';
import { reasonOf, RegistryFormModal } from './RegistryFormModal';
import { useMoveBranch } from './useRegistry';

interface Values {
  townshipId: string;
  reason?: string;
}

export interface MoveBranchModalProps {
  located: LocatedBranch;
  townships: TownshipNode[];
  onClose: (key?: string) => void;
}

export function MoveBranchModal({ located, townships, onClose }: MoveBranchModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const move = useMoveBranch();
  const { branch, township } = located;

  const submit = (values: Values) => {
    setError(undefined);
    move.mutate(
      { branchId: branch.id, townshipId: values.townshipId, ...reasonOf(values) },
      {
        onSuccess: ({ id }) => {
          void message.success(t('branchRegistry.saved'));
          onClose(`branch:${id}`);
        },
        onError: (err) => setError(registryErrorText(t, err)),
      },
    );
  };

  return (
    <RegistryFormModal<Values>
      title={t('branchRegistry.moveTitle', { name: branch.name })}
      okText={t('branchRegistry.move')}
      pending={move.isPending}
      error={error}
      form={form}
      onCancel={() => onClose()}
      onFinish={submit}
      testId="move-form"
    >
      <Typography.Paragraph type="secondary">{t('branchRegistry.moveIntro')}</Typography.Paragraph>
      <Form.Item
        name="townshipId"
        label={t('branchRegistry.moveTarget')}
        rules={[{ required: true, message: t('branchRegistry.townshipRequired') }]}
      >
        <Select
          autoFocus
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="move-township"
          options={townships
            .filter((tw) => tw.id !== township.id)
            .map((tw) => ({ value: tw.id, label: tw.name }))}
        />
      </Form.Item>
    </RegistryFormModal>
  );
}
