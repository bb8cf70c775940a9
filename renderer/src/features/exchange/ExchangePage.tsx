import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { BranchImportCard } from '../branch-import/BranchImportCard';
import { ExportCard } from '../exports/ExportCard';
import { ScoreTemplateCard } from '../score-templates/ScoreTemplateCard';
import { ConflictsCard } from './ConflictsCard';
import { PackageCard } from './PackageCard';

export interface ExchangePageProps {
  campaignId: string;
}

/**
 * Everything that travels: packages between laptops and what they left 待裁定, then Excel —
 * branch lists and filled score workbooks in, reports out.
 */
export function ExchangePage({ campaignId }: ExchangePageProps) {
  const { t } = useTranslation();
  return (
    <div>
      <PageHeader title={t('nav.exchange')} subtitle={t('exchange.subtitle')} />
      <Flex vertical gap="middle">
        <PackageCard />
        <ConflictsCard />
        <ExportCard campaignId={campaignId} />
        <ScoreTemplateCard campaignId={campaignId} />
        <BranchImportCard campaignId={campaignId} />
      </Flex>
    </div>
  );
}
