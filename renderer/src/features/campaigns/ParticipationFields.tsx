import { Alert, Checkbox, Form, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchType } from '../../../../shared/domain/org';
import { BRANCH_TYPES } from '../../../../shared/domain/org';
import { defaultBranchTypes } from '../../../../shared/domain/participation';
import type { RegistryTownship } from '../../../../shared/domain/views';
import { useRegistryTree } from '../branches/useRegistry';
import type { NewCampaignValues } from './newCampaignValues';

export interface ParticipationFieldsProps {
  form: FormInstance<NewCampaignValues>;
  countyId: string;
  /** The chosen rubric's name: its kind (rural, community) is the default branch type. */
  rubricName: string | undefined;
}

/** How many active branches the choice enrols: what the person is about to create. */
export function countParticipants(
  townships: readonly RegistryTownship[],
  townshipIds: readonly string[],
  types: readonly BranchType[],
): number {
  const chosen = new Set(townshipIds);
  return townships
    .filter((t) => chosen.has(t.id))
    .flatMap((t) => t.branches)
    .filter((b) => !b.archived && types.includes(b.branchType)).length;
}

/**
 * Which townships and kinds of branch take part: every township and the rubric's kind by
 * default (农村 → villages, 社区 → communities), with the count that will be enrolled.
 */
export function ParticipationFields({ form, countyId, rubricName }: ParticipationFieldsProps) {
  const { t } = useTranslation();
  const tree = useRegistryTree({ countyId });
  const townships = useMemo(() => tree.data?.townships ?? [], [tree.data]);
  const townshipIds = Form.useWatch('townshipIds', form) ?? [];
  const branchTypes = Form.useWatch('branchTypes', form) ?? [];

  // A new county or rubric resets the choice to its defaults.
  useEffect(() => {
    form.setFieldValue(
      'townshipIds',
      townships.map((tw) => tw.id),
    );
  }, [form, townships]);
  useEffect(() => {
    if (rubricName !== undefined) form.setFieldValue('branchTypes', defaultBranchTypes(rubricName));
  }, [form, rubricName]);

  const count = countParticipants(townships, townshipIds, branchTypes);
  return (
    <>
      <Form.Item
        name="townshipIds"
        label={t('participation.townships')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('participation.townshipsRequired') },
        ]}
      >
        <Checkbox.Group
          data-testid="participation-townships"
          options={townships.map((tw) => ({
            value: tw.id,
            label: t('participation.townshipOption', {
              name: tw.name,
              count: tw.branches.filter((b) => !b.archived).length,
            }),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="branchTypes"
        label={t('participation.types')}
        extra={t('participation.typesHint')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('participation.typesRequired') },
        ]}
      >
        <Checkbox.Group
          data-testid="participation-types"
          options={BRANCH_TYPES.map((type) => ({ value: type, label: t(`branchType.${type}`) }))}
        />
      </Form.Item>
      {townships.length === 0 && tree.isSuccess ? (
        <Alert type="warning" showIcon title={t('participation.noTownships')} />
      ) : (
        <Typography.Paragraph data-testid="participation-count">
          {t('participation.count', { count })}
        </Typography.Paragraph>
      )}
    </>
  );
}
