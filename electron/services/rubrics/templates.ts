import banded110 from '../../../resources/templates/banded-110.json';
import governanceAward from '../../../resources/templates/governance-award.json';
import ruralFiveStar from '../../../resources/templates/rural-five-star.json';
import urbanCommunityFiveStar from '../../../resources/templates/urban-community-five-star.json';
import type { RubricDefinitionInput } from '../../../shared/domain/rubric';
import { rubricDefinitionSchema } from '../../../shared/domain/rubric';
import type { RubricTemplateSummary } from '../../../shared/domain/views';

/** A built-in rubric (resources/templates/<id>.json) with the names shown in the template list. */
export interface RubricTemplate extends RubricTemplateSummary {
  definition: RubricDefinitionInput;
}

interface TemplateSource {
  id: string;
  name: string;
  nameEn: string;
  /** The JSON file as imported: checked against the schema before anyone sees it. */
  file: unknown;
}

// The names live here rather than in the JSON files because a definition file is exactly what
// the rubric schema accepts (a strict object), so it has no room for a title.
const SOURCES: readonly TemplateSource[] = [
  {
    id: 'rural-five-star',
    name: '农村“五星”支部评定指标体系',
    nameEn: 'Rural five-star branch rubric',
    file: ruralFiveStar,
  },
  {
    id: 'urban-community-five-star',
    name: '城市社区“五星”党组织评定指标体系',
    nameEn: 'Urban community five-star party organisation rubric',
    file: urbanCommunityFiveStar,
  },
  {
    id: 'banded-110',
    name: '星级党组织评定指标体系（百分制+加分，按总分定级）',
    nameEn: 'Star-level rubric by total score (100 points plus up to 10 bonus)',
    file: banded110,
  },
  {
    id: 'governance-award',
    name: '“基层治理标兵”评选指标体系',
    nameEn: 'Model of grassroots governance award rubric',
    file: governanceAward,
  },
];

function build(source: TemplateSource): RubricTemplate {
  // parse (not a cast): a template that no longer fits the schema fails here, loudly, instead
  // of reaching the editor or the engine half-valid.
  const definition = rubricDefinitionSchema.parse(source.file);
  return {
    id: source.id,
    name: source.name,
    nameEn: source.nameEn,
    scheme: definition.scheme.kind,
    max: definition.max,
    definition,
  };
}

let templates: RubricTemplate[] | null = null;

/** Every built-in template, parsed once; each call gets its own copy to edit freely. */
export function listTemplates(): RubricTemplate[] {
  templates ??= SOURCES.map(build);
  return templates.map((t) => ({ ...t, definition: structuredClone(t.definition) }));
}
