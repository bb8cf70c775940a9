import { App, Button, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluatorView, TownshipNode } from '../../../../shared/domain/views';
import type { AssignmentPreview } from '../../../../shared/domain/views/rounds';
import { toApiError } from '../../api/ApiError';
import { useAssignTownship } from './mutations';
import { previewAssignment } from './queries';
import { translateError } from '../../i18n/translateError';
import { ConflictModal } from './ConflictModal';

export interface AssignTownshipFormProps {
  campaignId: string;
  roundId: string;
  evaluators: EvaluatorView[];
  townships: TownshipNode[];
  onAssigned: (townshipId: string) => void;
}

interface Pending {
  evaluator: EvaluatorView;
  township: TownshipNode;
  preview: AssignmentPreview;
}

/**
 * "Assign a whole township": evaluator + township in one step. When the server refuses with a
 * conflict of interest, the branches concerned are listed and a typed reason confirms them.
 */
export function AssignTownshipForm({
  campaignId,
  roundId,
  evaluators,
  townships,
  onAssigned,
}: AssignTownshipFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const assign = useAssignTownship(campaignId);
  const [evaluatorId, setEvaluatorId] = useState<string>();
  const [townshipId, setTownshipId] = useState<string>();
  const [pending, setPending] = useState<Pending | null>(null);
  const evaluator = evaluators.find((e) => e.id === evaluatorId);
  const township = townships.find((tw) => tw.id === townshipId);

  const run = async (reason?: string): Promise<boolean> => {
    if (!evaluator || !township) return false;
    const input = { roundId, evaluatorId: evaluator.id, townshipId: township.id };
    try {
      const result = await assign.mutateAsync(
        reason === undefined ? input : { ...input, conflictReason: reason },
      );
      void message.success(
        t('evaluators.assigned', {
          name: evaluator.name,
          township: township.name,
          added: result.added,
          already: result.alreadyAssigned,
        }),
      );
      onAssigned(township.id);
      return true;
    } catch (caught) {
      const error = toApiError(caught);
      if (reason === undefined && error.code === 'CONFLICT' && error.details?.conflict) {
        // Ask the server which branches conflict and why, then ask the user for a reason.
        try {
          const preview = await previewAssignment(input);
          setPending({ evaluator, township, preview });
        } catch (failed) {
          void message.error(t('common.actionFailed', { reason: translateError(t, failed) }));
        }
      } else {
        void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
      }
      return false;
    }
  };

  return (
    <div className="xp-evaluators-toolbar">
      <Select
        className="xp-evaluators-select"
        showSearch
        optionFilterProp="label"
        placeholder={t('evaluators.pickEvaluator')}
        value={evaluatorId}
        onChange={setEvaluatorId}
        options={evaluators.map((e) => ({ value: e.id, label: e.name }))}
        data-testid="assign-evaluator"
        aria-label={t('evaluators.pickEvaluator')}
      />
      <Select
        className="xp-evaluators-select"
        showSearch
        optionFilterProp="label"
        placeholder={t('evaluators.pickTownship')}
        value={townshipId}
        onChange={setTownshipId}
        options={townships.map((tw) => ({
          value: tw.id,
          label: t('evaluators.townshipOption', { name: tw.name, count: tw.branches.length }),
        }))}
        data-testid="assign-township"
        aria-label={t('evaluators.pickTownship')}
      />
      <Button
        type="primary"
        disabled={!evaluator || !township}
        loading={assign.isPending && pending === null}
        onClick={() => void run()}
        data-testid="assign-submit"
      >
        {t('evaluators.assignTownship')}
      </Button>
      {pending && (
        <ConflictModal
          evaluatorName={pending.evaluator.name}
          townshipName={pending.township.name}
          preview={pending.preview}
          saving={assign.isPending}
          onConfirm={async (reason) => {
            if (await run(reason)) setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
