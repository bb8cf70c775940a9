import { Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api';
import { useEvaluators } from '../evaluators/queries';
import { translateError } from '../../i18n/translateError';
import { useCreateMeeting } from './mutations';

export interface CreateMeetingModalProps {
  campaignId: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}

interface Values {
  title: string;
  heldOn: string;
  venue?: string;
  chair?: string;
  recorder?: string;
  kind: 'regular' | 're-review';
  quorumNum: number;
  quorumDen: number;
  /** Evaluator ids chosen from the list, or names typed. */
  members: string[];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A new meeting: its data, its members (the campaign's evaluators or typed) and the quorum. */
export function CreateMeetingModal({ campaignId, onClose, onCreated }: CreateMeetingModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const evaluators = useEvaluators(campaignId);
  const create = useCreateMeeting(campaignId);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields();
    const byId = new Map((evaluators.data ?? []).map((e) => [e.id, e]));
    const members: MethodInput<'meetings.create'>['members'] = values.members.map((value) => {
      const evaluator = byId.get(value);
      return evaluator
        ? { name: evaluator.name, evaluatorId: evaluator.id, unitId: evaluator.unitId }
        : { name: value.trim(), evaluatorId: null, unitId: null };
    });
    try {
      const view = await create.mutateAsync({
        campaignId,
        kind: values.kind,
        title: values.title,
        heldOn: values.heldOn,
        venue: values.venue ?? '',
        chair: values.chair ?? '',
        recorder: values.recorder ?? '',
        quorum: { num: values.quorumNum, den: values.quorumDen },
        members,
      });
      onCreated(view.id);
    } catch (failed) {
      setError(translateError(t, failed));
    }
  };

  return (
    <Modal
      open
      title={t('meetings.create')}
      okText={t('meetings.createOk')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          title: t('meetings.defaultTitle'),
          kind: 'regular',
          heldOn: today(),
          quorumNum: 2,
          quorumDen: 3,
          members: [],
        }}
      >
        <Form.Item
          name="title"
          label={t('meetings.field.title')}
          rules={[{ required: true, whitespace: true, message: t('meetings.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('meetings.field.kind')} extra={t('meetings.kindHelp')}>
          <Radio.Group
            options={(['regular', 're-review'] as const).map((kind) => ({
              value: kind,
              label: t(`meetings.kind.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={t('meetings.field.heldOn')}
          rules={[{ required: true, message: t('meetings.required') }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item name="venue" label={t('meetings.field.venue')}>
          <Input maxLength={100} />
        </Form.Item>
        <Space size="large">
          <Form.Item name="chair" label={t('meetings.field.chair')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="recorder" label={t('meetings.field.recorder')}>
            <Input maxLength={100} />
          </Form.Item>
        </Space>
        <Form.Item
          name="members"
          label={t('meetings.field.members')}
          extra={t('meetings.membersHelp')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('meetings.membersRequired') },
          ]}
        >
          <Select
            mode="tags"
            aria-label={t('meetings.field.members')}
            options={(evaluators.data ?? []).map((e) => ({
              value: e.id,
              label: e.unitName ? `${e.name}(${e.unitName})` : e.name,
            }))}
            optionFilterProp="label"
            tokenSeparators={[',']}
          />
        </Form.Item>
        <Form.Item label={t('meetings.field.quorum')} extra={t('meetings.quorumHelp')}>
          <Space>
            <Form.Item name="quorumNum" noStyle>
              <InputNumber min={1} max={100} aria-label={t('meetings.quorumNum')} />
            </Form.Item>
            <span>/</span>
            <Form.Item name="quorumDen" noStyle>
              <InputNumber min={1} max={100} aria-label={t('meetings.quorumDen')} />
            </Form.Item>
          </Space>
        </Form.Item>
      </Form>
      {error && (
        <p role="alert" className="xp-meeting-error">
          {error}
        </p>
      )}
    </Modal>
  );
}
