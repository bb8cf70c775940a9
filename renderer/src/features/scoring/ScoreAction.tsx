import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaignOverview } from '../../api/queries';
import { navigate, useRoute } from '../../app/useRoute';
import { sheetHref } from '../../app/routes';
import { SELF, useEvaluatorOptions } from './useEvaluatorOptions';

/**
 * 打分: opens the branch's sheet in a round (the deciding one unless another is picked): in a
 * self round the branch's own self-assessment, in the others the sheet of one of the evaluators
 * assigned to the branch there (the first unless another is picked).
 */
export function ScoreAction({ branchId }: { branchId: string }) {
  const { t } = useTranslation();
  const route = useRoute();
  const campaignId = route.name === 'campaign' ? route.campaignId : '';
  const overview = useCampaignOverview(campaignId);
  const rounds = overview.data?.rounds ?? [];
  const [pickedRound, setPickedRound] = useState<string>();
  const round =
    rounds.find((r) => r.id === pickedRound) ?? rounds.find((r) => r.isDeciding) ?? rounds[0];
  const { options, loading } = useEvaluatorOptions(campaignId, round?.id ?? '', branchId);
  const [picked, setPicked] = useState<string>();
  // A choice made for another branch or round may not be possible here: take the first.
  const evaluator = options.some((o) => o.value === picked) ? picked : options[0]?.value;
  if (!campaignId) return null;
  return (
    <Space size="small" wrap>
      <Select
        size="small"
        value={round?.id}
        onChange={setPickedRound}
        aria-label={t('scoring.roundPick')}
        options={rounds.map((r) => ({ value: r.id, label: r.name }))}
        popupMatchSelectWidth={false}
        data-testid="score-round"
      />
      <Select
        size="small"
        value={evaluator}
        onChange={setPicked}
        loading={loading}
        placeholder={t('scoring.evaluatorChoice.placeholder')}
        notFoundContent={t('scoring.evaluatorChoice.noneAssigned')}
        aria-label={t('scoring.evaluatorPick')}
        options={options}
        popupMatchSelectWidth={false}
        data-testid="score-evaluator"
      />
      <Button
        size="small"
        type="primary"
        disabled={!round || evaluator === undefined}
        data-testid="score-branch"
        onClick={() => {
          if (round && evaluator !== undefined)
            navigate(
              sheetHref(
                campaignId,
                round.id,
                branchId,
                evaluator === SELF ? null : evaluator,
                'branches',
              ),
            );
        }}
      >
        {t('scoring.scoreAction')}
      </Button>
    </Space>
  );
}
