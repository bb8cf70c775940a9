import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../i18n/translateError';
import { useSetOperator } from './useOperator';

export interface OperatorModalProps {
  /** The name now; null on the first start, when the dialog cannot be dismissed. */
  current: string | null;
  onClose: () => void;
}

/**
 * Who is working on this laptop. Every change and every export is recorded under this name;
 * there is no password, because one laptop serves one person at a time.
 */
export function OperatorModal({ current, onClose }: OperatorModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const [error, setError] = useState<string>();
  const save = useSetOperator();
  const first = current === null;

  const submit = ({ name }: { name: string }) => {
    setError(undefined);
    save.mutate(name.trim(), {
      onSuccess: onClose,
      onError: (err) => setError(translateError(t, err)),
    });
  };

  return (
    <Modal
      open
      title={first ? t('operator.askTitle') : t('operator.changeTitle')}
      okText={t('operator.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      // The first time there is no way round it: nothing may be recorded as nobody.
      cancelButtonProps={first ? { className: 'xp-hidden' } : {}}
      closable={!first}
      mask={{ closable: !first }}
      keyboard={!first}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<{ name: string }>
          form={form}
          name="operator"
          layout="vertical"
          initialValues={{ name: current ?? '' }}
          onFinish={submit}
          data-testid="operator-form"
        >
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph>{t('operator.explain')}</Typography.Paragraph>
      <Form.Item
        name="name"
        label={t('operator.name')}
        rules={[
          { required: true, whitespace: true, message: t('operator.nameRequired') },
          { max: 40, message: t('operator.nameTooLong') },
          { pattern: /^[^\p{Cc}\p{Cf}]*$/u, message: t('branchRegistry.nameInvalid') },
        ]}
      >
        <Input autoFocus maxLength={40} data-testid="operator-name" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
