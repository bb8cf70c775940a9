import { App, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  Finding,
  Handling,
  ObjectionStep,
} from '../../../../../shared/domain/publication/objection';
import type { ObjectionView } from '../../../../../shared/domain/views/publication';
import { translateError } from '../../../i18n/translateError';
import { localDay } from '../days';
import { usePublicationWrite } from '../mutations';

const FINDINGS: readonly Finding[] = ['true', 'partly', 'false'];
const HANDLINGS: readonly Handling[] = ['maintain', 'rereview', 'adjust', 'revoke'];

interface Values {
  reason?: string;
  investigator?: string;
  dueDay?: string;
  finding?: Finding;
  handling?: Handling;
  adjustedLevel?: number;
  day?: string;
  how?: string;
}

/** The step's own input, as the state machine wants it; the server checks it again. */
function stepOf(kind: ObjectionStep['kind'], v: Values, currentLevel: number): ObjectionStep {
  switch (kind) {
    case 'accept':
      return { kind };
    case 'reject':
      return { kind, reason: v.reason ?? '' };
    case 'investigate':
      return { kind, investigator: v.investigator ?? '', dueDay: v.dueDay ?? '' };
    case 'conclude':
      return { kind, finding: v.finding ?? 'false' };
    case 'handle':
      return {
        kind,
        handling: v.handling ?? 'maintain',
        currentLevel,
        ...(v.handling === 'adjust' && v.adjustedLevel !== undefined
          ? { adjustedLevel: v.adjustedLevel }
          : {}),
      };
    case 'feedback':
      return { kind, day: v.day ?? '', how: v.how ?? '' };
  }
}

/**
 * One handling step of an objection (受理, 不予受理, 调查核实, 结论, 处理, 反馈): the fields the
 * step needs; a refusal (a handling that contradicts the finding …) is shown with its reason.
 */
export function StepModal({
  objection,
  kind,
  branchName,
  currentLevel,
  onClose,
}: {
  objection: ObjectionView;
  kind: ObjectionStep['kind'];
  branchName: string;
  currentLevel: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const step = usePublicationWrite('publication.stepObjection');
  const handling = Form.useWatch('handling', form);
  const required = { required: true, message: t('publication.notice.required') };
  const stepName = t(`publication.objection.steps.${kind}`);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await step.mutateAsync({ id: objection.id, step: stepOf(kind, values, currentLevel) });
      void message.success(t('publication.objection.stepped', { step: stepName }));
      onClose();
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };

  return (
    <Modal
      open
      title={t('publication.objection.stepTitle', { step: stepName, branch: branchName })}
      okText={stepName}
      cancelText={t('common.cancel')}
      confirmLoading={step.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary" className="xp-publication-content">
        {objection.content}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ dueDay: localDay(), day: localDay() }}
      >
        {kind === 'reject' && (
          <Form.Item name="reason" label={t('publication.objection.reason')} rules={[required]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        {kind === 'investigate' && (
          <>
            <Form.Item
              name="investigator"
              label={t('publication.objection.investigator')}
              rules={[required]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="dueDay" label={t('publication.objection.dueDay')} rules={[required]}>
              <Input type="date" />
            </Form.Item>
          </>
        )}
        {kind === 'conclude' && (
          <Form.Item name="finding" label={t('publication.objection.finding')} rules={[required]}>
            <Radio.Group
              options={FINDINGS.map((f) => ({
                value: f,
                label: t(`publication.objection.findings.${f}`),
              }))}
            />
          </Form.Item>
        )}
        {kind === 'handle' && (
          <>
            <Form.Item
              name="handling"
              label={t('publication.objection.handling')}
              rules={[required]}
            >
              <Radio.Group
                options={HANDLINGS.map((h) => ({
                  value: h,
                  label: t(`publication.objection.handlings.${h}`),
                }))}
              />
            </Form.Item>
            {handling === 'adjust' && (
              <Form.Item
                name="adjustedLevel"
                label={t('publication.objection.adjustedLevel')}
                rules={[required]}
              >
                <InputNumber min={0} max={20} precision={0} />
              </Form.Item>
            )}
          </>
        )}
        {kind === 'feedback' && (
          <>
            <Form.Item name="day" label={t('publication.objection.feedbackDay')} rules={[required]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="how" label={t('publication.objection.feedbackHow')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
