import { Form, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateLayout } from '../../../../shared/domain/views/score-templates';
import { useBranchTree, useCampaignOverview } from '../../api/queries';
import { JobProgressLine } from '../../components/jobs/JobProgressLine';
import { useFileJob } from '../../components/jobs/useFileJob';
import { useCampaignEvaluators, useExportTemplate } from './api';
import { roundLabel } from '../scoring/roundLabel';
import { roundScorers, SELF_SCORER } from '../scoring/roundScorers';
import { templateErrorText } from './templateErrors';

export interface ExportTemplateModalProps {
  campaignId: string;
  open: boolean;
  onClose: () => void;
}

const SELF = SELF_SCORER;
const ALL = 'all';

/**
 * Chooses round, who fills it in (自评 in a self round, an assigned evaluator in the others),
 * township and layout, then downloads the workbook.
 */
export function ExportTemplateModal({ campaignId, open, onClose }: ExportTemplateModalProps) {
  const { t } = useTranslation();
  const overview = useCampaignOverview(campaignId);
  const tree = useBranchTree(campaignId);
  const evaluators = useCampaignEvaluators(campaignId, open);
  const exportFile = useExportTemplate();
  const job = useFileJob({
    errorText: (error) => templateErrorText(t, error),
    doneText: (file) => t('scoreTemplates.exported', { name: file.fileName }),
    onSaved: onClose,
  });
  const rounds = overview.data?.rounds ?? [];
  const [chosenRound, setRoundId] = useState<string | undefined>(undefined);
  const round = rounds.find((r) => r.id === chosenRound) ?? rounds[0];
  const roundId = round?.id;
  const scorers = round ? roundScorers(round, evaluators.data ?? []) : [];
  const [picked, setEvaluator] = useState<string>();
  // A choice that does not fit the round (自评 for a county review) falls back to the first.
  const evaluator = picked !== undefined && scorers.includes(picked) ? picked : scorers[0];
  const names = new Map((evaluators.data ?? []).map((e) => [e.id, e.name]));
  const [township, setTownship] = useState<string>(ALL);
  const [layout, setLayout] = useState<TemplateLayout>('per-branch');

  const submit = () => {
    if (!roundId || evaluator === undefined) return;
    void job.run((jobId) =>
      exportFile.mutateAsync({
        roundId,
        evaluatorId: evaluator === SELF ? null : evaluator,
        ...(township === ALL ? {} : { townshipId: township }),
        layout,
        jobId,
      }),
    );
  };

  const cancel = () => {
    job.cancel();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('scoreTemplates.exportTitle')}
      okText={t('scoreTemplates.exportOk')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={cancel}
      okButtonProps={{
        disabled: !roundId || evaluator === undefined,
        loading: exportFile.isPending,
      }}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('scoreTemplates.round')} htmlFor="xp-tpl-round">
          <Select
            id="xp-tpl-round"
            value={roundId}
            onChange={setRoundId}
            options={rounds.map((r) => ({
              value: r.id,
              label: roundLabel(t, r),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('scoreTemplates.evaluator')} htmlFor="xp-tpl-evaluator">
          <Select
            id="xp-tpl-evaluator"
            value={evaluator}
            onChange={setEvaluator}
            loading={evaluators.isLoading}
            placeholder={t('grid.noEvaluators')}
            notFoundContent={t('grid.noEvaluators')}
            options={scorers.map((id) => ({
              value: id,
              label: id === SELF ? t('scoreTemplates.self') : (names.get(id) ?? id),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('scoreTemplates.township')} htmlFor="xp-tpl-township">
          <Select
            id="xp-tpl-township"
            value={township}
            onChange={setTownship}
            options={[
              { value: ALL, label: t('scoreTemplates.allTownships') },
              ...(tree.data ?? []).map((tw) => ({ value: tw.id, label: tw.name })),
            ]}
          />
        </Form.Item>
        <Form.Item label={t('scoreTemplates.layout')}>
          <Radio.Group
            value={layout}
            onChange={(e) => setLayout(e.target.value as TemplateLayout)}
            options={[
              { value: 'per-branch', label: t('scoreTemplates.layoutPerBranch') },
              { value: 'grid', label: t('scoreTemplates.layoutGrid') },
            ]}
          />
        </Form.Item>
      </Form>
      {job.running && (
        <JobProgressLine
          progress={job.progress}
          fileName={t('scoreTemplates.exportTitle')}
          onCancel={job.cancel}
        />
      )}
    </Modal>
  );
}
