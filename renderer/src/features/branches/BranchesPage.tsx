import { useTranslation } from 'react-i18next';
import { useBranchTree } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { BranchBrowser } from './BranchBrowser';

export interface BranchesPageProps {
  campaignId: string;
}

export function BranchesPage({ campaignId }: BranchesPageProps) {
  const { t } = useTranslation();
  const tree = useBranchTree(campaignId);
  return (
    <>
      <PageHeader title={t('nav.branches')} />
      <QueryView query={tree} rows={12}>
        {(townships) => <BranchBrowser townships={townships} />}
      </QueryView>
    </>
  );
}
