import { InputNumber, Radio, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeSchemeKind } from '../model/changeScheme';
import type { RubricDefinition, Scheme, SchemeKind, SelectionTies } from '../model/types';
import { BandsTable } from './BandsTable';
import { Field } from './Field';
import { PointsInput } from './PointsInput';
import type { CodeOption } from './WeightedParts';
import { WeightedParts } from './WeightedParts';

export interface SchemeFieldsProps {
  definition: RubricDefinition;
  codeOptions: CodeOption[];
  dimensionOptions: CodeOption[];
  onChange: (scheme: Scheme, field: string) => void;
  levelLabel: (level: number) => string;
}

const KINDS: SchemeKind[] = ['per-star', 'bands', 'weighted', 'selection'];
const SELECTION_TIES: SelectionTies[] = ['keep-all', 'drop-all', 'tie-breakers'];
const NO_RELATION = '';

/** How the level is decided: stars, bands of the total, a weighted total, or top N. */
export function SchemeFields(props: SchemeFieldsProps) {
  const { definition, codeOptions, dimensionOptions, onChange, levelLabel } = props;
  const { t } = useTranslation();
  const id = useId();
  const scheme = definition.scheme;
  return (
    <>
      <Field
        label={t('rubricEditor.fieldSchemeKind')}
        help={t(`rubricEditor.schemeHelp.${scheme.kind}`)}
      >
        <Radio.Group
          aria-label={t('rubricEditor.fieldSchemeKind')}
          optionType="button"
          value={scheme.kind}
          options={KINDS.map((kind) => ({ value: kind, label: t(`scheme.${kind}`) }))}
          onChange={(e) =>
            onChange(changeSchemeKind(definition, e.target.value as SchemeKind), 'kind')
          }
        />
      </Field>
      {scheme.kind === 'per-star' && (
        <div className="xp-editor-grid">
          <Field label={t('rubricEditor.relationStar')} htmlFor={`${id}-star`}>
            <Select
              id={`${id}-star`}
              value={scheme.starRelation?.star ?? NO_RELATION}
              options={[
                { value: NO_RELATION, label: t('rubricEditor.noRelation') },
                ...dimensionOptions,
              ]}
              onChange={(star: string) =>
                onChange(
                  star === NO_RELATION
                    ? { kind: 'per-star' }
                    : {
                        kind: 'per-star',
                        starRelation: {
                          star,
                          relation: scheme.starRelation?.relation ?? 'capstone',
                        },
                      },
                  'relation',
                )
              }
            />
          </Field>
          {scheme.starRelation && (
            <Field
              label={t('rubricEditor.relationKind')}
              help={t(`rubricEditor.relationHelp.${scheme.starRelation.relation}`)}
            >
              <Radio.Group
                aria-label={t('rubricEditor.relationKind')}
                value={scheme.starRelation.relation}
                options={[
                  { value: 'capstone', label: t('rubric.capstoneTag') },
                  { value: 'prerequisite', label: t('rubric.prerequisiteTag') },
                ]}
                onChange={(e) => {
                  const { starRelation } = scheme;
                  if (!starRelation) return;
                  onChange(
                    {
                      kind: 'per-star',
                      starRelation: {
                        ...starRelation,
                        relation: e.target.value as 'capstone' | 'prerequisite',
                      },
                    },
                    'relation',
                  );
                }}
              />
            </Field>
          )}
        </div>
      )}
      {scheme.kind === 'weighted' && (
        <Field label={t('rubricEditor.fieldParts')}>
          <WeightedParts
            parts={scheme.parts}
            codeOptions={codeOptions}
            onChange={(parts, field) => onChange({ ...scheme, parts }, `parts.${field}`)}
          />
        </Field>
      )}
      {(scheme.kind === 'bands' || scheme.kind === 'weighted') && (
        <Field label={t('rubricEditor.fieldBands')}>
          <BandsTable
            bands={scheme.bands}
            levelLabel={levelLabel}
            onChange={(bands, field) => onChange({ ...scheme, bands }, `bands.${field}`)}
          />
        </Field>
      )}
      {scheme.kind === 'selection' && (
        <div className="xp-editor-grid">
          <Field label={t('rubricEditor.selectionTop')} htmlFor={`${id}-top`}>
            <InputNumber<number>
              id={`${id}-top`}
              min={1}
              max={100_000}
              precision={0}
              value={scheme.top}
              onChange={(v) => onChange({ ...scheme, top: v ?? 1 }, 'top')}
            />
          </Field>
          <Field label={t('rubricEditor.fieldScope')} htmlFor={`${id}-scope`}>
            <Select<'campaign' | 'township'>
              id={`${id}-scope`}
              value={scheme.scope}
              options={[
                { value: 'campaign', label: t('rubric.scopes.campaign') },
                { value: 'township', label: t('rubric.scopes.township') },
              ]}
              onChange={(scope) => onChange({ ...scheme, scope }, 'scope')}
            />
          </Field>
          <Field
            label={t('rubricEditor.selectionMin')}
            htmlFor={`${id}-min`}
            help={t('rubricEditor.selectionMinHelp')}
          >
            <PointsInput
              id={`${id}-min`}
              value={scheme.min}
              placeholder={t('rubricEditor.notSet')}
              onChange={(min) => {
                const { min: _old, ...rest } = scheme;
                onChange(min === undefined ? rest : { ...rest, min }, 'min');
              }}
            />
          </Field>
          <Field
            label={t('rubricEditor.selectionTies')}
            htmlFor={`${id}-ties`}
            help={t(`rubric.selectionTies.${scheme.ties}`)}
          >
            <Select<SelectionTies>
              id={`${id}-ties`}
              value={scheme.ties}
              options={SELECTION_TIES.map((ties) => ({
                value: ties,
                label: t(`rubricEditor.selectionTiesOption.${ties}`),
              }))}
              onChange={(ties) => onChange({ ...scheme, ties }, 'ties')}
            />
          </Field>
        </div>
      )}
    </>
  );
}
