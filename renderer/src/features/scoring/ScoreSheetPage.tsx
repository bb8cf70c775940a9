import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { useCampaignRubric } from '../../api/queries';
import { useOpenSheet } from './queries';
import { QueryView } from '../../components/QueryView';
import { translateError } from '../../i18n/translateError';
import { ScoreSheetScreen } from './ScoreSheetScreen';
import { SheetEvaluatorSelect } from './SheetEvaluatorSelect';

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
  // An evaluator not assigned to this branch in this round, or a self-assessment asked for in a
  // review round (or the reverse): say so, and offer who may score it here.
  if (sheet.error instanceof ApiError && sheet.error.code === 'FORBIDDEN') {
    const notAssigned = sheet.error.details?.reason === 'not-assigned';
    return (
      <Card>
        <Result
          status="403"
          title={
            notAssigned
              ? t('scoring.evaluatorChoice.notAssignedTitle')
              : t('scoring.evaluatorChoice.wrongRoundTitle')
          }
          subTitle={
            notAssigned ? t('scoring.evaluatorChoice.notAssigned') : translateError(t, sheet.error)
          }
          data-testid="sheet-not-assigned"
          extra={
            <SheetEvaluatorSelect
              campaignId={campaignId}
              roundId={roundId}
              branchId={branchId}
              evaluatorId={evaluatorId}
            />
          }
        />
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
