import { useCampaignRubric } from '../../api/queries';
import { QueryView } from '../../components/QueryView';
import { RubricActions } from './RubricActions';
import { RubricHeader } from './RubricHeader';
import { RubricTable } from './RubricTable';
import { SchemeDetails } from './SchemeDetails';
import { StarCards } from './StarCards';

export interface RubricPageProps {
  campaignId: string;
}

export function RubricPage({ campaignId }: RubricPageProps) {
  const rubric = useCampaignRubric(campaignId);
  return (
    <QueryView query={rubric} rows={12}>
      {(view) => (
        <>
          <RubricHeader
            rubric={view}
            extra={<RubricActions campaignId={campaignId} rubric={view} />}
          />
          <StarCards definition={view.definition} />
          <SchemeDetails definition={view.definition} />
          <RubricTable definition={view.definition} />
        </>
      )}
    </QueryView>
  );
}
