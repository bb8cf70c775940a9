import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentPreview } from '../../../../shared/domain/views/rounds';

export interface ConflictModalProps {
  evaluatorName: string;
  townshipName: string;
  preview: AssignmentPreview;
  saving: boolean;
  onConfirm: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/** Names every conflicting branch and why; assigning them anyway needs a reason (audited). */
export function ConflictModal({
  evaluatorName,
  townshipName,
  preview,
  saving,
  onConfirm,
  onCancel,
}: ConflictModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('evaluators.conflictTitle', { name: evaluatorName, township: townshipName })}
      okText={t('evaluators.conflictOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        message={t('evaluators.conflictIntro', {
          count: preview.conflicts.length,
          total: preview.branches - preview.alreadyAssigned,
        })}
      />
      <ul className="xp-conflict-list" data-testid="conflict-list">
        {preview.conflicts.map((c) => (
          <li key={c.branchId}>
            <Typography.Text strong>{c.branchName}</Typography.Text>
            {' — '}
            {t(`evaluators.conflict.${c.conflict}`)}
          </li>
        ))}
      </ul>
      <Form form={form} layout="vertical" onFinish={(v) => void onConfirm(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('evaluators.conflictReason')}
          rules={[
            { required: true, whitespace: true, message: t('evaluators.conflictReasonRequired') },
            {
              // The server trims and wants two characters: say so here, before sending.
              validator: (_, value: unknown) =>
                typeof value === 'string' && value.trim().length >= 2
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('evaluators.conflictReasonRequired'))),
            },
            { max: 2000, message: t('evaluators.tooLong', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={3} autoFocus data-testid="conflict-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
