import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundKind } from '../../../../shared/domain/org';
import { ROUND_KINDS } from '../../../../shared/domain/org';
import type { RoundView } from '../../../../shared/domain/views/rounds';
import { useCreateRound, useRenameRound } from '../../api/rounds';
import { translateError } from '../../i18n/translateError';

export interface RoundModalProps {
  campaignId: string;
  /** null = a new round. */
  round: RoundView | null;
  onClose: () => void;
}

interface Values {
  kind: RoundKind;
  name: string;
}

/** Adds a round (kind and name) or renames one; a round's kind is fixed once it exists. */
export function RoundModal({ campaignId, round, onClose }: RoundModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateRound(campaignId);
  const rename = useRenameRound(campaignId);

  const save = async (values: Values) => {
    try {
      if (round === null) await create.mutateAsync({ campaignId, ...values });
      else await rename.mutateAsync({ roundId: round.id, name: values.name });
      void message.success(t('evaluators.roundSaved', { name: values.name.trim() }));
      onClose();
    } catch (error) {
      void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
    }
  };

  return (
    <Modal
      open
      title={round === null ? t('evaluators.addRoundTitle') : t('evaluators.renameTitle')}
      okText={t('evaluators.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || rename.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: round?.kind ?? 'township', name: round?.name ?? '' }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="kind" label={t('evaluators.colKind')}>
          <Select
            disabled={round !== null}
            options={ROUND_KINDS.map((kind) => ({ value: kind, label: t(`roundKind.${kind}`) }))}
            data-testid="round-kind"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('evaluators.colRound')}
          rules={[
            { required: true, whitespace: true, message: t('evaluators.roundNameRequired') },
            { max: 100, message: t('evaluators.tooLong', { max: 100 }) },
          ]}
        >
          <Input autoFocus data-testid="round-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
