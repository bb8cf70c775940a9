import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { BranchImportCard } from '../branch-import/BranchImportCard';
import { ExportCard } from '../exports/ExportCard';
import { ScoreTemplateCard } from '../score-templates/ScoreTemplateCard';

export interface ExchangePageProps {
  campaignId: string;
}

/** Everything that travels as Excel: branch lists and filled score workbooks in, reports out. */
export function ExchangePage({ campaignId }: ExchangePageProps) {
  const { t } = useTranslation();
  return (
    <div>
      <PageHeader title={t('nav.exchange')} subtitle={t('exchange.subtitle')} />
      <Flex vertical gap="middle">
        <ExportCard campaignId={campaignId} />
        <ScoreTemplateCard campaignId={campaignId} />
        <BranchImportCard campaignId={campaignId} />
      </Flex>
    </div>
  );
}
