import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../../app/useRoute';
import { sheetHref } from '../../app/routes';
import { SELF, useEvaluatorOptions } from './useEvaluatorOptions';
import './evaluator-choice.css';

export interface SheetEvaluatorSelectProps {
  campaignId: string;
  roundId: string;
  branchId: string;
  /** null = the self-assessment. */
  evaluatorId: string | null;
}

/**
 * "Who scores" on the sheet itself: switching opens that person's sheet for the same branch and
 * round. Leaving the current sheet sends any edit still waiting (useSheetEditor's unmount flush).
 */
export function SheetEvaluatorSelect({
  campaignId,
  roundId,
  branchId,
  evaluatorId,
}: SheetEvaluatorSelectProps) {
  const { t } = useTranslation();
  const route = useRoute();
  const { options, loading } = useEvaluatorOptions(campaignId, roundId, branchId);
  const current = evaluatorId ?? SELF;
  return (
    <Select
      className="xp-sheet-evaluator"
      // Someone not assigned here is not an option: show the placeholder, never a bare id.
      value={options.some((o) => o.value === current) ? current : undefined}
      placeholder={t('scoring.evaluatorChoice.placeholder')}
      loading={loading}
      options={options}
      popupMatchSelectWidth={false}
      notFoundContent={t('scoring.evaluatorChoice.noneAssigned')}
      aria-label={t('scoring.evaluatorPick')}
      data-testid="sheet-evaluator"
      onChange={(value: string) =>
        navigate(
          sheetHref(
            campaignId,
            roundId,
            branchId,
            value === SELF ? null : value,
            route.name === 'sheet' ? route.from : null,
          ),
        )
      }
    />
  );
}
