// TEMPORARY STUB — being replaced by the templates work (all built-in templates).
import ruralFiveStar from '../../resources/templates/rural-five-star.json';
import type { RubricDefinitionInput } from '../../shared/domain/rubric';
import type { RubricTemplateSummary } from '../../shared/domain/views';

export interface RubricTemplate extends RubricTemplateSummary {
  definition: RubricDefinitionInput;
}

const TEMPLATES: RubricTemplate[] = [
  {
    id: 'rural-five-star',
    name: '农村“五星”支部评定指标体系',
    nameEn: 'Rural five-star branch rubric',
    scheme: 'per-star',
    max: 50000,
    definition: ruralFiveStar as RubricDefinitionInput,
  },
];

export function listTemplates(): RubricTemplate[] {
  return TEMPLATES;
}
