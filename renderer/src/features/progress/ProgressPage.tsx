import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export interface ProgressPageProps {
  campaignId: string;
}

/** Placeholder until the screen is built. */
export function ProgressPage({ campaignId }: ProgressPageProps) {
  const { t } = useTranslation();
  return (
    <div data-campaign={campaignId}>
      <PageHeader title={t('nav.progress')} />
    </div>
  );
}
