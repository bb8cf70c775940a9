import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaignOverview } from '../../api/queries';
import { navigate, useRoute } from '../../app/useRoute';
import { sheetHref } from '../../app/routes';

const SELF = 'self';

/**
 * 打分: opens the branch's sheet in the campaign's deciding round. There is no evaluator list
 * yet, so the only choice offered is the self-assessment (evaluator null).
 */
export function ScoreAction({ branchId }: { branchId: string }) {
  const { t } = useTranslation();
  const route = useRoute();
  const campaignId = route.name === 'campaign' ? route.campaignId : '';
  const overview = useCampaignOverview(campaignId);
  const [evaluator, setEvaluator] = useState(SELF);
  const round = overview.data?.rounds.find((r) => r.isDeciding);
  if (!campaignId) return null;
  return (
    <Space size="small">
      <Select
        size="small"
        value={evaluator}
        onChange={setEvaluator}
        aria-label={t('scoring.evaluatorPick')}
        options={[{ value: SELF, label: t('scoring.selfAssessment') }]}
        popupMatchSelectWidth={false}
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
