import {
  CloseOutlined,
  InboxOutlined,
  LogoutOutlined,
  PlusCircleOutlined,
} from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchNode } from '../../../../shared/domain/views';
import type { BulkAction } from './BulkConfirmModal';

export interface BulkBarProps {
  selected: BranchNode[];
  /** Participation can be changed only inside a campaign. */
  inCampaign: boolean;
  onAction: (action: BulkAction, branches: BranchNode[]) => void;
  onClear: () => void;
}

/** The branches that can take each bulk action: what is already done is left out. */
export function bulkTargets(selected: BranchNode[]): Record<BulkAction, BranchNode[]> {
  return {
    archive: selected.filter((b) => !b.archived),
    join: selected.filter((b) => !b.archived && b.takesPart === false),
    leave: selected.filter((b) => b.takesPart === true),
  };
}

/** What can be done to every checked branch at once; each button says to how many. */
export function BulkBar({ selected, inCampaign, onAction, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const targets = bulkTargets(selected);
  const button = (action: BulkAction, icon: ReactNode) => (
    <Button
      size="small"
      icon={icon}
      danger={action !== 'join'}
      disabled={targets[action].length === 0}
      onClick={() => onAction(action, targets[action])}
      data-testid={`bulk-${action}-button`}
    >
      {t(`branchRegistry.bulk.${action}Button`, { count: targets[action].length })}
    </Button>
  );
  return (
    <Alert
      type="info"
      className="xp-bulk-bar"
      data-testid="bulk-bar"
      title={
        <Space wrap size="small">
          <span>{t('branchRegistry.bulk.selected', { count: selected.length })}</span>
          {inCampaign && button('join', <PlusCircleOutlined />)}
          {inCampaign && button('leave', <LogoutOutlined />)}
          {button('archive', <InboxOutlined />)}
          <Button size="small" type="link" icon={<CloseOutlined />} onClick={onClear}>
            {t('branchRegistry.bulk.clear')}
          </Button>
        </Space>
      }
    />
  );
}
