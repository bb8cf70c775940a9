import { App, Form, Input, Modal, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluatorView, TownshipNode } from '../../../../shared/domain/views';
import { useCreateEvaluator, useUpdateEvaluator } from './mutations';
import { translateError } from '../../i18n/translateError';
import { unitTree } from './unitOptions';

export interface EvaluatorModalProps {
  campaignId: string;
  /** null = a new evaluator. */
  evaluator: EvaluatorView | null;
  townships: TownshipNode[];
  onClose: () => void;
}

interface Values {
  name: string;
  role: string;
  unitId?: string | undefined;
}

/** Adds or edits one evaluator; the unit decides which branches would be a conflict. */
export function EvaluatorModal({ campaignId, evaluator, townships, onClose }: EvaluatorModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateEvaluator(campaignId);
  const update = useUpdateEvaluator(campaignId);
  const tree = useMemo(() => unitTree(t, townships, evaluator), [t, townships, evaluator]);
  const pending = create.isPending || update.isPending;

  const save = async (values: Values) => {
    const unitId = values.unitId ?? null;
    try {
      if (evaluator === null) {
        await create.mutateAsync({ campaignId, name: values.name, role: values.role, unitId });
        void message.success(t('evaluators.added', { name: values.name.trim() }));
      } else {
        // Only what changed is sent, so an unchanged unit is never re-checked for conflicts.
        await update.mutateAsync({
          id: evaluator.id,
          ...(values.name !== evaluator.name ? { name: values.name } : {}),
          ...(values.role !== evaluator.role ? { role: values.role } : {}),
          ...(unitId !== evaluator.unitId ? { unitId } : {}),
        });
        void message.success(t('evaluators.updated', { name: values.name.trim() }));
      }
      onClose();
    } catch (error) {
      void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
    }
  };

  return (
    <Modal
      open
      title={evaluator === null ? t('evaluators.addTitle') : t('evaluators.editTitle')}
      okText={t('evaluators.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          name: evaluator?.name ?? '',
          role: evaluator?.role ?? '',
          unitId: evaluator?.unitId ?? undefined,
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label={t('evaluators.colName')}
          rules={[
            { required: true, whitespace: true, message: t('evaluators.nameRequired') },
            { max: 100, message: t('evaluators.tooLong', { max: 100 }) },
          ]}
        >
          <Input autoFocus data-testid="evaluator-name" />
        </Form.Item>
        <Form.Item name="unitId" label={t('evaluators.colUnit')} extra={t('evaluators.unitHint')}>
          <TreeSelect
            allowClear
            showSearch
            treeNodeFilterProp="title"
            placeholder={t('evaluators.noUnit')}
            treeData={tree}
            data-testid="evaluator-unit"
          />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('evaluators.colRole')}
          rules={[{ max: 100, message: t('evaluators.tooLong', { max: 100 }) }]}
        >
          <Input placeholder={t('evaluators.rolePlaceholder')} data-testid="evaluator-role" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
