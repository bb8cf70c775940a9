import { useTranslation } from 'react-i18next';
import { RegistryScreen } from './RegistryScreen';

export interface BranchesPageProps {
  campaignId: string;
}

/** The branch registry of the campaign's county, with each branch's part in the campaign. */
export function BranchesPage({ campaignId }: BranchesPageProps) {
  const { t } = useTranslation();
  return <RegistryScreen scope={{ campaignId }} title={t('nav.branches')} />;
}
