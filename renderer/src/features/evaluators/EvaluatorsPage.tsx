import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export interface EvaluatorsPageProps {
  campaignId: string;
}

/** Placeholder until the screen is built. */
export function EvaluatorsPage({ campaignId }: EvaluatorsPageProps) {
  const { t } = useTranslation();
  return (
    <div data-campaign={campaignId}>
      <PageHeader title={t('nav.evaluators')} />
    </div>
  );
}
