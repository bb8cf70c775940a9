import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/ApiError';
import { useResolveVeto } from '../mutations';
import { translateError } from '../../../i18n/translateError';
import type { ReasonNames } from './describeReason';

export interface ResolveVetoModalProps {
  campaignId: string;
  roundId: string;
  branchId: string;
  branchName: string;
  /** The veto item being resolved; undefined keeps the dialog closed. */
  itemCode: string | undefined;
  names: ReasonNames;
  onClose: () => void;
}

interface FormValues {
  reason: string;
}

/**
 * Resolving a veto changes a rating, so it asks for the reason (kept in the audit log) and says
 * plainly what will happen before it is done.
 */
export function ResolveVetoModal(props: ResolveVetoModalProps) {
  const { campaignId, roundId, branchId, branchName, itemCode, names, onClose } = props;
  const { t } = names;
  const [form] = Form.useForm<FormValues>();
  const resolve = useResolveVeto(campaignId);
  const [error, setError] = useState<string>();

  // Reset while the form is still mounted, so the next veto starts with an empty reason.
  const close = () => {
    form.resetFields();
    setError(undefined);
    onClose();
  };

  const submit = ({ reason }: FormValues) => {
    if (!itemCode) return;
    setError(undefined);
    resolve.mutate(
      { roundId, branchId, itemCode, reason: reason.trim() },
      {
        onSuccess: close,
        onError: (err) =>
          // "Already resolved" is the one conflict here; say so instead of a generic clash.
          setError(
            err instanceof ApiError && err.code === 'CONFLICT'
              ? t('ranking.vetoAlreadyResolved')
              : translateError(t, err),
          ),
      },
    );
  };

  return (
    <Modal
      open={itemCode !== undefined}
      title={t('ranking.resolveTitle')}
      okText={t('ranking.resolveOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', danger: true }}
      confirmLoading={resolve.isPending}
      onCancel={close}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<FormValues> form={form} layout="vertical" requiredMark onFinish={submit}>
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph>
        {t('ranking.resolveIntro', {
          branch: branchName,
          item: itemCode ? names.item(itemCode) : '',
        })}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('ranking.resolveReason')}
        rules={[
          { required: true, whitespace: true, message: t('ranking.resolveReasonRequired') },
          {
            // The service trims before it counts, so count the same way here.
            validator: (_, value: string | undefined) =>
              value === undefined || value.trim() === '' || value.trim().length >= 2
                ? Promise.resolve()
                : Promise.reject(new Error(t('ranking.resolveReasonShort'))),
          },
        ]}
      >
        <Input.TextArea
          rows={4}
          maxLength={2000}
          showCount
          data-testid="resolve-veto-reason"
          placeholder={t('ranking.resolveReasonPlaceholder')}
        />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} data-testid="resolve-veto-error" />}
    </Modal>
  );
}
