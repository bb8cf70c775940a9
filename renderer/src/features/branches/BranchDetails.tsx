import { Card, Descriptions, Empty } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScoreAction } from '../scoring/ScoreAction';
import { BranchTypeTag } from './BranchTypeTag';
import type { LocatedBranch } from './filterBranches';
import { ScoreIndicator } from './ScoreIndicator';
import { scoreStatus } from './scoreStatus';

export interface BranchDetailsProps {
  selected: LocatedBranch | undefined;
}

const STATUS_KEYS = {
  submitted: 'branches.scoreSubmitted',
  draft: 'branches.scoreDraft',
  none: 'branches.scoreNone',
} as const;

export function BranchDetails({ selected }: BranchDetailsProps) {
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
    { key: 'name', label: t('branches.fieldName'), children: branch.name },
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
  return (
    <Card
      title={t('branches.detailsTitle')}
      extra={<ScoreAction branchId={branch.id} />}
      data-testid="branch-details"
    >
      <Descriptions column={1} bordered size="middle" items={items} />
    </Card>
  );
}
