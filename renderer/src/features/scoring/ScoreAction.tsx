import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaignOverview } from '../../api/queries';
import { navigate, useRoute } from '../../app/useRoute';
import { sheetHref } from '../../app/routes';
import { SELF, useEvaluatorOptions } from './useEvaluatorOptions';

/**
 * 打分: opens the branch's sheet in the campaign's deciding round, as the self-assessment or as
 * one of the evaluators assigned to the branch in that round.
 */
export function ScoreAction({ branchId }: { branchId: string }) {
  const { t } = useTranslation();
  const route = useRoute();
  const campaignId = route.name === 'campaign' ? route.campaignId : '';
  const overview = useCampaignOverview(campaignId);
  const round = overview.data?.rounds.find((r) => r.isDeciding);
  const { options, loading } = useEvaluatorOptions(campaignId, round?.id ?? '', branchId);
  const [picked, setPicked] = useState(SELF);
  // A choice made for another branch may not be assigned here: fall back to the self-assessment.
  const evaluator = options.some((o) => o.value === picked) ? picked : SELF;
  if (!campaignId) return null;
  return (
    <Space size="small">
      <Select
        size="small"
        value={evaluator}
        onChange={setPicked}
        loading={loading}
        aria-label={t('scoring.evaluatorPick')}
        options={options}
        popupMatchSelectWidth={false}
        data-testid="score-evaluator"
      />
      <Button
        size="small"
        type="primary"
        disabled={!round}
        data-testid="score-branch"
        onClick={() => {
          if (round)
            navigate(
              sheetHref(campaignId, round.id, branchId, evaluator === SELF ? null : evaluator),
            );
        }}
      >
        {t('scoring.scoreAction')}
      </Button>
    </Space>
  );
}
