import { App, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryTownship } from '../../../../shared/domain/views';
import { registryErrorText } from './registryError';
import { reasonOf, RegistryFormModal } from './RegistryFormModal';
import { useDeleteTownship } from './useRegistry';

export interface DeleteTownshipModalProps {
  township: RegistryTownship;
  onClose: (done: boolean) => void;
}

/** Deleting a township added by mistake: only an empty one, said plainly, with a reason. */
export function DeleteTownshipModal({ township, onClose }: DeleteTownshipModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [error, setError] = useState<string>();
  const remove = useDeleteTownship();

  const submit = (values: { reason?: string }) => {
    setError(undefined);
    remove.mutate(
      { townshipId: township.id, ...reasonOf(values) },
      {
        onSuccess: () => {
          void message.success(t('branchRegistry.deletedDone', { name: township.name }));
          onClose(true);
        },
        onError: (err) => setError(registryErrorText(t, err)),
      },
    );
  };

  return (
    <RegistryFormModal<{ reason?: string }>
      title={t('branchRegistry.confirmDeleteTitle', { name: township.name })}
      okText={t('branchRegistry.delete')}
      danger
      pending={remove.isPending}
      error={error}
      form={form}
      onCancel={() => onClose(false)}
      onFinish={submit}
      testId="confirm-delete-township"
    >
      <Typography.Paragraph>{t('branchRegistry.confirmDeleteTownshipBody')}</Typography.Paragraph>
    </RegistryFormModal>
  );
}
