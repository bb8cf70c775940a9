import { useTranslation } from 'react-i18next';
import { levelName } from '../../../../shared/domain/level-name';
import { useCampaignRubric } from '../../api/queries';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';

/** A level's name by the campaign's rubric (三星, 入选 …); the number while the rubric loads. */
export function useLevelLabel(campaignId: string): (level: number) => string {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const rubric = useCampaignRubric(campaignId);
  const definition = rubric.data?.definition;
  return (level) => (definition ? levelName(t, definition, level, language) : String(level));
}
