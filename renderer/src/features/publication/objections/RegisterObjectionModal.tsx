import { App, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  NoticeView,
  RegisterObjectionInput,
} from '../../../../../shared/domain/views/publication';
import { translateError } from '../../../i18n/translateError';
import { localMinute } from '../days';
import { usePublicationWrite } from '../mutations';

const CHANNELS: readonly RegisterObjectionInput['channel'][] = [
  'letter',
  'phone',
  'visit',
  'email',
  'other',
];

interface Values {
  branchId: string;
  receivedAt: string;
  channel: RegisterObjectionInput['channel'];
  fromKind: 'unit' | 'person';
  fromName?: string;
  realName: boolean;
  contact?: string;
  content: string;
}

/** 登记异议: who objected, how, about which branch on the notice, and what they said. */
export function RegisterObjectionModal({
  notice,
  onClose,
}: {
  notice: NoticeView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const register = usePublicationWrite('publication.registerObjection');
  const required = { required: true, message: t('publication.notice.required') };

  const submit = async () => {
    const values = await form.validateFields();
    try {
      const objection = await register.mutateAsync({
        noticeId: notice.id,
        branchId: values.branchId,
        receivedAt: values.receivedAt,
        channel: values.channel,
        fromKind: values.fromKind,
        fromName: values.fromName ?? '',
        realName: values.realName,
        contact: values.contact ?? '',
        content: values.content,
      });
      void message.success(
        t(
          objection.late
            ? 'publication.objection.registeredLate'
            : 'publication.objection.registered',
        ),
      );
      onClose();
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };

  return (
    <Modal
      open
      title={t('publication.objection.register')}
      okText={t('publication.objection.register')}
      cancelText={t('common.cancel')}
      confirmLoading={register.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          receivedAt: localMinute(),
          channel: 'letter',
          fromKind: 'person',
          realName: true,
        }}
      >
        <Form.Item name="branchId" label={t('publication.objection.target')} rules={[required]}>
          <Select
            showSearch
            optionFilterProp="label"
            aria-label={t('publication.objection.target')}
            options={notice.entries.map((e) => ({
              value: e.branchId,
              label: `${e.branchName}(${e.townshipName})`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="receivedAt"
          label={t('publication.objection.receivedAt')}
          rules={[required]}
        >
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="channel" label={t('publication.objection.channel')}>
          <Radio.Group
            options={CHANNELS.map((c) => ({
              value: c,
              label: t(`publication.objection.channels.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="fromKind" label={t('publication.objection.fromKind')}>
          <Radio.Group
            options={(['person', 'unit'] as const).map((k) => ({
              value: k,
              label: t(`publication.objection.fromKinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="fromName" label={t('publication.objection.fromName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="realName" valuePropName="checked">
          <Checkbox>{t('publication.objection.realName')}</Checkbox>
        </Form.Item>
        <Form.Item name="contact" label={t('publication.objection.contact')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('publication.objection.content')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
