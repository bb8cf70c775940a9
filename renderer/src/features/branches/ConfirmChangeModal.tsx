import { App, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchNode } from '../../../../shared/domain/views';
import { registryErrorText } from './registryError';
import { reasonOf, RegistryFormModal } from './RegistryFormModal';
import {
  useArchiveBranch,
  useDeleteBranch,
  useRestoreBranch,
  useSetParticipation,
} from './useRegistry';

export type ConfirmAction = 'archive' | 'restore' | 'delete' | 'leave';

const TEXT = {
  archive: ['confirmArchiveTitle', 'confirmArchiveBody', 'archive', 'archivedDone'],
  restore: ['confirmRestoreTitle', 'confirmRestoreBody', 'restore', 'restoredDone'],
  delete: ['confirmDeleteTitle', 'confirmDeleteBody', 'delete', 'deletedDone'],
  leave: ['confirmLeaveTitle', 'confirmLeaveBody', 'leave', 'leftDone'],
} as const;

export interface ConfirmChangeModalProps {
  /** Leaving needs the campaign; the other changes work on the county alone. */
  campaignId: string | undefined;
  action: ConfirmAction;
  branch: BranchNode;
  onClose: (done: boolean) => void;
}

/** Archive, restore, delete and leaving a campaign: said plainly first, done on confirmation. */
export function ConfirmChangeModal({
  campaignId,
  action,
  branch,
  onClose,
}: ConfirmChangeModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [error, setError] = useState<string>();
  const archive = useArchiveBranch();
  const restore = useRestoreBranch();
  const remove = useDeleteBranch();
  const participation = useSetParticipation();
  const [title, body, ok, done] = TEXT[action];
  const pending =
    archive.isPending || restore.isPending || remove.isPending || participation.isPending;

  const submit = (values: { reason?: string }) => {
    setError(undefined);
    const input = { branchId: branch.id, ...reasonOf(values) };
    const handlers = {
      onSuccess: () => {
        void message.success(t(`branchRegistry.${done}`, { name: branch.name }));
        onClose(true);
      },
      onError: (err: unknown) => setError(registryErrorText(t, err)),
    };
    if (action === 'archive') archive.mutate(input, handlers);
    else if (action === 'restore') restore.mutate(input, handlers);
    else if (action === 'delete') remove.mutate(input, handlers);
    else if (campaignId) {
      participation.mutate(
        { campaignId, branchIds: [branch.id], takesPart: false, ...reasonOf(values) },
        handlers,
      );
    }
  };

  return (
    <RegistryFormModal<{ reason?: string }>
      title={t(`branchRegistry.${title}`, { name: branch.name })}
      okText={t(`branchRegistry.${ok}`)}
      danger={action !== 'restore'}
      pending={pending}
      error={error}
      form={form}
      onCancel={() => onClose(false)}
      onFinish={submit}
      testId={`confirm-${action}`}
    >
      <Typography.Paragraph>{t(`branchRegistry.${body}`)}</Typography.Paragraph>
    </RegistryFormModal>
  );
}
