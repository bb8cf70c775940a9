import type { z } from 'zod';
import type {
  bandSchema,
  choiceOptionSchema,
  quotaSchema,
  RubricDefinition,
  weightedPartSchema,
} from '../../../../../shared/domain/rubric';

export type {
  Band,
  GateRule,
  ItemType,
  Quota,
  RubricDefinition,
  RubricDimension,
  RubricIndicator,
  RubricItem,
  QuotaOrder,
  Scheme,
  SelectionTies,
  TieBreaker,
  VetoRule,
} from '../../../../../shared/domain/rubric';

export type ChoiceOption = z.output<typeof choiceOptionSchema>;
export type WeightedPart = z.output<typeof weightedPartSchema>;
export type BandRow = z.output<typeof bandSchema>;
export type QuotaLimit = NonNullable<z.output<typeof quotaSchema>['max']>;
export type LevelNameEntry = RubricDefinition['levels'][number];
export type CombineRule = RubricDefinition['combine'];
export type SchemeKind = RubricDefinition['scheme']['kind'];
