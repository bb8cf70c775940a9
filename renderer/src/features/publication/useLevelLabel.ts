import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { levelName, type LevelNaming } from '../../../../shared/domain/level-name';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';

/** Outside a campaign (the county's registry) named levels read as stars. */
const STARS: LevelNaming = { scheme: 'per-star' };

/**
 * A level's name by the campaign's rubric (三星, 入选 …), or as stars outside a campaign; the
 * stars' names while the rubric loads.
 */
export function useLevelLabel(campaignId: string | undefined): (level: number) => string {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const rubric = useQuery({
    queryKey: queryKeys.campaignRubric(campaignId ?? ''),
    queryFn: () => call('rubrics.forCampaign', { campaignId: campaignId ?? '' }),
    enabled: campaignId !== undefined,
  });
  const naming = rubric.data?.definition ?? STARS;
  return (level) => levelName(t, naming, level, language);
}
