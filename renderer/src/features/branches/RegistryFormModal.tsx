import { Alert, Form, Input, Modal } from 'antd';
import type { FormInstance, Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RegistryFormModalProps<V> {
  title: ReactNode;
  okText: ReactNode;
  danger?: boolean;
  pending: boolean;
  /** The translated refusal of the last attempt; the dialog stays open so nothing is lost. */
  error: string | undefined;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  onCancel: () => void;
  onFinish: (values: V) => void;
  children: ReactNode;
  testId: string;
}

/**
 * One dialog shape for every registry change: a form submitted with Enter or the OK button,
 * an optional reason for the audit log, and the refusal shown in place.
 */
export function RegistryFormModal<V extends object>(props: RegistryFormModalProps<V>) {
  const { t } = useTranslation();
  const { title, okText, danger, pending, error, form, initialValues, onCancel, onFinish } = props;
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', danger: danger ?? false }}
      confirmLoading={pending}
      onCancel={onCancel}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<V>
          form={form}
          // Named so field ids (and label targets) are unique per dialog, e.g. branch-form_name.
          name={props.testId}
          layout="vertical"
          initialValues={initialValues}
          onFinish={onFinish}
          data-testid={props.testId}
        >
          {dom}
        </Form>
      )}
    >
      {props.children}
      <Form.Item name="reason" label={t('branchRegistry.fieldReason')}>
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={t('branchRegistry.reasonPlaceholder')}
          data-testid="registry-reason"
        />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} data-testid="registry-error" />}
    </Modal>
  );
}

/** The same limits the API checks, so most mistakes are caught before anything is sent. */
export function useNameRules(): Rule[] {
  const { t } = useTranslation();
  return [
    { required: true, whitespace: true, message: t('branchRegistry.nameRequired') },
    { max: 60, message: t('branchRegistry.nameTooLong') },
    { pattern: /^[^\p{Cc}\p{Cf}]*$/u, message: t('branchRegistry.nameInvalid') },
  ];
}

/** The optional reason as the API wants it: absent rather than blank. */
export function reasonOf(values: { reason?: string | undefined }): { reason?: string } {
  const reason = values.reason?.trim();
  return reason ? { reason } : {};
}
