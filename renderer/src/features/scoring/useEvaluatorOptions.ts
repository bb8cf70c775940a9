import { useTranslation } from 'react-i18next';
import { useCampaignOverview } from '../../api/queries';
import { useBranchEvaluators } from '../evaluators/queries';

/** The Select value that stands for the self-assessment (evaluator null). */
export const SELF = 'self';

export interface EvaluatorOption {
  value: string;
  label: string;
}

/**
 * Who may score a branch in a round. In a self-assessment round only the branch itself; in the
 * other rounds only the evaluators assigned to it (a confirmed conflict of interest is named in
 * the label, so nobody picks it unawares), never the self-assessment. The first option is the
 * sensible default.
 */
export function useEvaluatorOptions(campaignId: string, roundId: string, branchId: string) {
  const { t } = useTranslation();
  const overview = useCampaignOverview(campaignId);
  const kind = overview.data?.rounds.find((r) => r.id === roundId)?.kind;
  const query = useBranchEvaluators(
    campaignId,
    kind === undefined || kind === 'self' ? '' : roundId,
    branchId,
  );
  const options: EvaluatorOption[] =
    kind === 'self'
      ? [{ value: SELF, label: t('scoring.selfAssessment') }]
      : (query.data ?? []).map((e) => ({
          value: e.evaluatorId,
          label:
            e.conflict === null
              ? e.name
              : t('scoring.evaluatorChoice.withConflict', {
                  name: e.name,
                  conflict: t(`evaluators.conflict.${e.conflict}`),
                }),
        }));
  const loading = roundId !== '' && (overview.isPending || (kind !== 'self' && query.isPending));
  return { options, loading, kind };
}
