import { App, Form, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchNode } from '../../../../shared/domain/views';
import { registryErrorText } from './registryError';
import { reasonOf, RegistryFormModal } from './RegistryFormModal';
import { useArchiveBranches, useSetParticipation } from './useRegistry';

export type BulkAction = 'archive' | 'join' | 'leave';

export interface BulkConfirmModalProps {
  /** Needed to join or leave; archiving works on the county without one. */
  campaignId: string | undefined;
  action: BulkAction;
  branches: BranchNode[];
  onClose: (done: boolean) => void;
}

/**
 * Archive, join or leave for several branches at once: the dialog names every branch it will
 * change, and the change happens to all of them or (when one is refused) to none.
 */
export function BulkConfirmModal({ campaignId, action, branches, onClose }: BulkConfirmModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [error, setError] = useState<string>();
  const archive = useArchiveBranches();
  const participation = useSetParticipation();
  const count = branches.length;

  const submit = (values: { reason?: string }) => {
    setError(undefined);
    const branchIds = branches.map((b) => b.id);
    const handlers = {
      onSuccess: () => {
        void message.success(t(`branchRegistry.bulk.${action}Done`, { count }));
        onClose(true);
      },
      onError: (err: unknown) => setError(registryErrorText(t, err)),
    };
    if (action === 'archive') archive.mutate({ branchIds, ...reasonOf(values) }, handlers);
    else if (campaignId) {
      participation.mutate(
        { campaignId, branchIds, takesPart: action === 'join', ...reasonOf(values) },
        handlers,
      );
    }
  };

  return (
    <RegistryFormModal<{ reason?: string }>
      title={t(`branchRegistry.bulk.${action}Title`, { count })}
      okText={t(`branchRegistry.bulk.${action}Ok`, { count })}
      danger={action !== 'join'}
      pending={archive.isPending || participation.isPending}
      error={error}
      form={form}
      onCancel={() => onClose(false)}
      onFinish={submit}
      testId={`bulk-${action}`}
    >
      <Typography.Paragraph>{t(`branchRegistry.bulk.${action}Body`)}</Typography.Paragraph>
      <List
        size="small"
        bordered
        className="xp-bulk-list"
        dataSource={branches}
        renderItem={(branch) => <List.Item>{branch.name}</List.Item>}
        data-testid="bulk-list"
      />
    </RegistryFormModal>
  );
}
