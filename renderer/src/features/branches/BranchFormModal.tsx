import { App, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchType } from '../../../../shared/domain/org';
import { BRANCH_TYPES } from '../../../../shared/domain/org';
import type { BranchNode, TownshipNode } from '../../../../shared/domain/views';
import { registryErrorText } from './registryError';
import type { RegistryScope } from './registryScope';
import { reasonOf, RegistryFormModal, useNameRules } from './RegistryFormModal';
import { useAddBranch, useEditBranch } from './useRegistry';

interface Values {
  name: string;
  branchType: BranchType;
  townshipId: string;
  reason?: string;
}

export interface BranchFormModalProps {
  scope: RegistryScope;
  townships: TownshipNode[];
  /** Edits this branch; without it the dialog adds a new one. */
  branch?: BranchNode | undefined;
  /** Preselected township for a new branch. */
  townshipId?: string | undefined;
  onClose: (createdKey?: string) => void;
}

export function BranchFormModal(props: BranchFormModalProps) {
  const { scope, townships, branch, townshipId, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const add = useAddBranch();
  const edit = useEditBranch();
  const nameRules = useNameRules();

  const fail = (err: unknown) => setError(registryErrorText(t, err));
  const done = (id: string) => {
    void message.success(t('branchRegistry.saved'));
    onClose(`branch:${id}`);
  };
  const submit = (values: Values) => {
    setError(undefined);
    const common = { name: values.name, branchType: values.branchType, ...reasonOf(values) };
    if (branch) {
      edit.mutate(
        { branchId: branch.id, ...common },
        { onSuccess: ({ id }) => done(id), onError: fail },
      );
    } else {
      add.mutate(
        { ...scope, townshipId: values.townshipId, ...common },
        { onSuccess: ({ id }) => done(id), onError: fail },
      );
    }
  };

  return (
    <RegistryFormModal<Values>
      title={
        branch
          ? t('branchRegistry.editBranchTitle', { name: branch.name })
          : t('branchRegistry.addBranchTitle')
      }
      okText={t('branchRegistry.save')}
      pending={add.isPending || edit.isPending}
      error={error}
      form={form}
      initialValues={
        branch
          ? { name: branch.name, branchType: branch.branchType }
          : { branchType: 'rural', ...(townshipId ? { townshipId } : {}) }
      }
      onCancel={() => onClose()}
      onFinish={submit}
      testId="branch-form"
    >
      {!branch && (
        <Form.Item
          name="townshipId"
          label={t('branchRegistry.fieldTownship')}
          rules={[{ required: true, message: t('branchRegistry.townshipRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="branch-form-township"
            options={townships.map((tw) => ({ value: tw.id, label: tw.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('branchRegistry.fieldName')} rules={nameRules}>
        <Input autoFocus maxLength={60} data-testid="branch-form-name" />
      </Form.Item>
      <Form.Item name="branchType" label={t('branchRegistry.fieldType')}>
        <Radio.Group
          options={BRANCH_TYPES.map((type) => ({ value: type, label: t(`branchType.${type}`) }))}
        />
      </Form.Item>
    </RegistryFormModal>
  );
}
