import { Card, Descriptions, Empty, Space, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { StarTimeline } from '../publication/history/StarTimeline';
import { ScoreAction } from '../scoring/ScoreAction';
import { BranchActions } from './BranchActions';
import { BranchTypeTag } from './BranchTypeTag';
import type { LocatedBranch } from './filterBranches';
import type { RegistryDialog } from './registryDialog';
import { ScoreIndicator } from './ScoreIndicator';
import { scoreStatus } from './scoreStatus';

export interface BranchDetailsProps {
  /** Set inside a campaign: scoring and participation belong to it. */
  campaignId: string | undefined;
  selected: LocatedBranch | undefined;
  onDialog: (dialog: RegistryDialog) => void;
}

const STATUS_KEYS = {
  submitted: 'branches.scoreSubmitted',
  draft: 'branches.scoreDraft',
  none: 'branches.scoreNone',
} as const;

export function BranchDetails({ campaignId, selected, onDialog }: BranchDetailsProps) {
  const { t } = useTranslation();
  if (!selected) {
    return (
      <Card title={t('branches.detailsTitle')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('branches.selectHint')} />
      </Card>
    );
  }
  const { branch, township } = selected;
  const status = scoreStatus(branch);
  const items: DescriptionsProps['items'] = [
    {
      key: 'name',
      label: t('branches.fieldName'),
      children: (
        <Space size="small">
          {branch.name}
          {branch.archived && <Tag>{t('branchRegistry.archivedTag')}</Tag>}
        </Space>
      ),
    },
    { key: 'township', label: t('branches.fieldTownship'), children: township.name },
    {
      key: 'type',
      label: t('branches.fieldType'),
      children: <BranchTypeTag type={branch.branchType} />,
    },
    {
      key: 'status',
      label: t('branches.fieldStatus'),
      children: (
        <>
          <ScoreIndicator status={status} /> {t(STATUS_KEYS[status])}
        </>
      ),
    },
    { key: 'started', label: t('branches.fieldSheetsStarted'), children: branch.sheetsStarted },
    {
      key: 'submitted',
      label: t('branches.fieldSheetsSubmitted'),
      children: branch.sheetsSubmitted,
    },
  ];
  // Scoring is new work: only in a campaign, for a branch that takes part and is not archived.
  const scorable = campaignId !== undefined && branch.takesPart !== false && !branch.archived;
  return (
    <Card
      title={t('branches.detailsTitle')}
      extra={scorable ? <ScoreAction branchId={branch.id} /> : undefined}
      data-testid="branch-details"
    >
      <Space orientation="vertical" size="large" className="xp-fill">
        <Descriptions column={1} bordered size="middle" items={items} />
        <BranchActions campaignId={campaignId} located={selected} onDialog={onDialog} />
        <StarTimeline branchId={branch.id} campaignId={campaignId} />
      </Space>
    </Card>
  );
}
