import {
  DeleteOutlined,
  EditOutlined,
  InboxOutlined,
  RollbackOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { App, Button, Space, Switch, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocatedBranch } from './filterBranches';
import type { RegistryDialog } from './registryDialog';
import { registryErrorText } from './registryError';
import { useSetParticipation } from './useRegistry';

export interface BranchActionsProps {
  /** Participation is shown only inside a campaign. */
  campaignId: string | undefined;
  located: LocatedBranch;
  onDialog: (dialog: RegistryDialog) => void;
}

/** What can be done to one branch; a change that loses or hides something asks first. */
export function BranchActions({ campaignId, located, onDialog }: BranchActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const join = useSetParticipation();
  const { branch } = located;
  const confirm = (action: 'archive' | 'restore' | 'delete' | 'leave') =>
    onDialog({ kind: 'confirm', action, branch });

  const toggle = (takesPart: boolean) => {
    // Leaving drops assignments, so it is confirmed; joining loses nothing and happens at once.
    if (!takesPart) return confirm('leave');
    if (!campaignId) return;
    join.mutate(
      { campaignId, branchIds: [branch.id], takesPart: true },
      {
        onSuccess: () =>
          void message.success(t('branchRegistry.joinedDone', { name: branch.name })),
        onError: (err) => void message.error(registryErrorText(t, err)),
      },
    );
  };

  return (
    <Space orientation="vertical" size="middle" className="xp-fill" data-testid="branch-actions">
      {campaignId && (
        <Space size="small">
          <Switch
            checked={branch.takesPart ?? true}
            loading={join.isPending}
            disabled={branch.archived === true && branch.takesPart === false}
            onChange={toggle}
            aria-label={t('branchRegistry.takesPart')}
            checkedChildren={t('branchRegistry.takesPartOn')}
            unCheckedChildren={t('branchRegistry.takesPartOff')}
            data-testid="branch-takes-part"
          />
          <span>{t('branchRegistry.takesPart')}</span>
        </Space>
      )}
      <Space wrap>
        <Button
          icon={<EditOutlined />}
          onClick={() => onDialog({ kind: 'editBranch', branch })}
          data-testid="branch-edit"
        >
          {t('branchRegistry.edit')}
        </Button>
        <Button
          icon={<SwapOutlined />}
          onClick={() => onDialog({ kind: 'moveBranch', located })}
          data-testid="branch-move"
        >
          {t('branchRegistry.move')}
        </Button>
        {branch.archived ? (
          <Button
            icon={<RollbackOutlined />}
            onClick={() => confirm('restore')}
            data-testid="branch-restore"
          >
            {t('branchRegistry.restore')}
          </Button>
        ) : (
          <Button
            icon={<InboxOutlined />}
            onClick={() => confirm('archive')}
            data-testid="branch-archive"
          >
            {t('branchRegistry.archive')}
          </Button>
        )}
        <Tooltip title={branch.deletable ? undefined : t('branchRegistry.deleteDisabled')}>
          <Button
            danger
            icon={<DeleteOutlined />}
            disabled={!branch.deletable}
            onClick={() => confirm('delete')}
            data-testid="branch-delete"
          >
            {t('branchRegistry.delete')}
          </Button>
        </Tooltip>
      </Space>
    </Space>
  );
}
