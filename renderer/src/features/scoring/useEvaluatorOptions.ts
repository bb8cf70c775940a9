import { useTranslation } from 'react-i18next';
import { useBranchEvaluators } from '../../api/rounds';

/** The Select value that stands for the self-assessment (evaluator null). */
export const SELF = 'self';

/**
 * Who may score a branch in a round: the self-assessment, then every evaluator assigned to it
 * (a confirmed conflict of interest is named in the label, so nobody picks it unawares).
 */
export function useEvaluatorOptions(campaignId: string, roundId: string, branchId: string) {
  const { t } = useTranslation();
  const query = useBranchEvaluators(campaignId, roundId, branchId);
  const options = [
    { value: SELF, label: t('scoring.selfAssessment') },
    ...(query.data ?? []).map((e) => ({
      value: e.evaluatorId,
      label:
        e.conflict === null
          ? e.name
          : t('scoring.evaluatorChoice.withConflict', {
              name: e.name,
              conflict: t(`evaluators.conflict.${e.conflict}`),
            }),
    })),
  ];
  return { options, loading: query.isPending && roundId !== '' };
}
