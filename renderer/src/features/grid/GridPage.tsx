import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export interface GridPageProps {
  campaignId: string;
}

/** Placeholder until the screen is built. */
export function GridPage({ campaignId }: GridPageProps) {
  const { t } = useTranslation();
  return (
    <div data-campaign={campaignId}>
      <PageHeader title={t('nav.grid')} />
    </div>
  );
}
