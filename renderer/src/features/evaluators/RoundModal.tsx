import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictScope, RoundKind } from '../../../../shared/domain/org';
import { CONFLICT_SCOPES, defaultConflictScope, ROUND_KINDS } from '../../../../shared/domain/org';
import type { RoundView } from '../../../../shared/domain/views/rounds';
import { toApiError } from '../../api/ApiError';
import { useCreateRound, useUpdateRound } from './mutations';
import { translateError } from '../../i18n/translateError';

export interface RoundModalProps {
  campaignId: string;
  /** null = a new round. */
  round: RoundView | null;
  onClose: () => void;
}

interface Values {
  kind: RoundKind;
  name: string;
  conflictScope: ConflictScope;
  conflictReason?: string;
}

/** A stricter rule would flag assignments nobody confirmed: how many, and the first. */
interface NewConflicts {
  count: number;
  branch: string;
}

/**
 * Adds or edits a round: its name, its kind (self-assessment, township, county, other) and which
 * evaluators it flags as a conflict of interest, which follows the kind unless changed. A rule
 * that flags existing assignments asks for a reason, as assigning them would have.
 */
export function RoundModal({ campaignId, round, onClose }: RoundModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateRound(campaignId);
  const update = useUpdateRound(campaignId);
  const kind = Form.useWatch('kind', form) ?? round?.kind ?? 'township';
  const [newConflicts, setNewConflicts] = useState<NewConflicts | null>(null);

  const save = async (values: Values) => {
    const scope = kind === 'self' ? undefined : values.conflictScope;
    try {
      if (round === null)
        await create.mutateAsync({
          campaignId,
          kind: values.kind,
          name: values.name,
          ...(scope ? { conflictScope: scope } : {}),
        });
      else
        await update.mutateAsync({
          roundId: round.id,
          name: values.name,
          kind: values.kind,
          ...(scope ? { conflictScope: scope } : {}),
          ...(values.conflictReason ? { conflictReason: values.conflictReason } : {}),
        });
      void message.success(t('evaluators.roundSaved', { name: values.name.trim() }));
      onClose();
    } catch (caught) {
      const error = toApiError(caught);
      const count = error.details?.count;
      if (
        error.code === 'CONFLICT' &&
        typeof count === 'number' &&
        error.details?.reason === undefined
      ) {
        setNewConflicts({ count, branch: String(error.details?.branch ?? '') });
        return;
      }
      void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
    }
  };

  return (
    <Modal
      open
      title={round === null ? t('evaluators.addRoundTitle') : t('evaluators.editRoundTitle')}
      okText={newConflicts ? t('evaluators.conflictOk') : t('evaluators.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: round?.kind ?? 'township',
          name: round?.name ?? '',
          conflictScope: round?.conflictScope ?? defaultConflictScope('township'),
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // A new kind brings its own rule (a county review flags the township's staff).
          if (changed.kind) form.setFieldValue('conflictScope', defaultConflictScope(changed.kind));
          if (changed.kind || changed.conflictScope) setNewConflicts(null);
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="kind"
          label={t('evaluators.colKind')}
          extra={t(`evaluators.kindHint.${kind}`)}
        >
          <Select
            options={ROUND_KINDS.map((k) => ({ value: k, label: t(`roundKind.${k}`) }))}
            data-testid="round-kind"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('evaluators.colRound')}
          rules={[
            { required: true, whitespace: true, message: t('evaluators.roundNameRequired') },
            { max: 100, message: t('evaluators.tooLong', { max: 100 }) },
          ]}
        >
          <Input autoFocus data-testid="round-name" />
        </Form.Item>
        {kind !== 'self' && (
          <Form.Item name="conflictScope" label={t('evaluators.colConflictScope')}>
            <Select
              options={CONFLICT_SCOPES.map((s) => ({
                value: s,
                label: t(`evaluators.conflictScope.${s}`),
              }))}
              data-testid="round-conflict-scope"
            />
          </Form.Item>
        )}
        {newConflicts && (
          <>
            <Alert
              type="warning"
              showIcon
              message={t('evaluators.scopeConflicts', { ...newConflicts })}
              className="xp-round-alert"
            />
            <Form.Item
              name="conflictReason"
              label={t('evaluators.conflictReason')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  min: 2,
                  message: t('evaluators.conflictReasonRequired'),
                },
              ]}
            >
              <Input.TextArea rows={2} data-testid="round-conflict-reason" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
