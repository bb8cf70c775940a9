import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCampaignRubric } from '../../api/queries';
import { useOpenSheet } from '../../api/sheets';
import { QueryView } from '../../components/QueryView';
import { ScoreSheetScreen } from './ScoreSheetScreen';

export interface ScoreSheetPageProps {
  campaignId: string;
  roundId: string | null;
  branchId: string | null;
  /** null = the branch's self-assessment. */
  evaluatorId: string | null;
}

/** Opens (or creates) the sheet named in the address, then hands it to the editor. */
export function ScoreSheetPage({
  campaignId,
  roundId,
  branchId,
  evaluatorId,
}: ScoreSheetPageProps) {
  const { t } = useTranslation();
  const rubric = useCampaignRubric(campaignId);
  const sheet = useOpenSheet(
    { roundId: roundId ?? '', branchId: branchId ?? '', evaluatorId },
    roundId !== null && branchId !== null,
  );
  if (roundId === null || branchId === null) {
    return (
      <Card>
        <Result status="warning" title={t('scoring.badAddress')} />
      </Card>
    );
  }
  return (
    <QueryView query={rubric} rows={12}>
      {(view) => (
        <QueryView query={sheet} rows={12}>
          {(opened) =>
            opened.rubricVersionId === view.id ? (
              <ScoreSheetScreen key={opened.id} initial={opened} definition={view.definition} />
            ) : (
              <Card>
                <Result status="warning" title={t('scoring.rubricChanged')} />
              </Card>
            )
          }
        </QueryView>
      )}
    </QueryView>
  );
}
