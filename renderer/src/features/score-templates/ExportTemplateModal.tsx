import { App, Form, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateLayout } from '../../../../shared/domain/views/score-templates';
import type { OutgoingFile } from '../../../../shared/domain/views/files';
import { saveFile } from '../../api/files';
import { useBranchTree, useCampaignOverview } from '../../api/queries';
import { savedText } from '../../components/files/saveOutcome';
import { isCancelled } from '../../components/jobs/isCancelled';
import { JobProgressLine } from '../../components/jobs/JobProgressLine';
import { useJob } from '../../components/jobs/useJob';
import { useCampaignEvaluators, useExportTemplate } from './api';
import { templateErrorText } from './templateErrors';

export interface ExportTemplateModalProps {
  campaignId: string;
  open: boolean;
  onClose: () => void;
}

/** The self-assessment has no evaluator; the select needs a non-empty value for it. */
const SELF = 'self';
const ALL = 'all';

/** Chooses round, evaluator (or 自评), township and layout, then downloads the workbook. */
export function ExportTemplateModal({ campaignId, open, onClose }: ExportTemplateModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const overview = useCampaignOverview(campaignId);
  const tree = useBranchTree(campaignId);
  const evaluators = useCampaignEvaluators(campaignId, open);
  const exportFile = useExportTemplate();
  const job = useJob();
  const rounds = overview.data?.rounds ?? [];
  const [chosenRound, setRoundId] = useState<string | undefined>(undefined);
  const roundId = chosenRound ?? rounds[0]?.id;
  const [evaluator, setEvaluator] = useState<string>(SELF);
  const [township, setTownship] = useState<string>(ALL);
  const [layout, setLayout] = useState<TemplateLayout>('per-branch');

  const save = async (file: OutgoingFile) => {
    try {
      const outcome = await saveFile(file);
      if (!outcome.saved) return;
      void message.success(
        savedText(t, file, outcome) ?? t('scoreTemplates.exported', { name: file.fileName }),
      );
      onClose();
    } catch (error) {
      void message.error(t('common.actionFailed', { reason: templateErrorText(t, error) }));
    }
  };

  const submit = () => {
    if (!roundId) return;
    exportFile.mutate(
      {
        roundId,
        evaluatorId: evaluator === SELF ? null : evaluator,
        ...(township === ALL ? {} : { townshipId: township }),
        layout,
        jobId: job.start(),
      },
      {
        onSuccess: (file) => {
          job.finish();
          void save(file);
        },
        onError: (error) => {
          job.finish();
          if (isCancelled(error)) void message.info(t('jobs.cancelled'));
          else
            void message.error(t('common.actionFailed', { reason: templateErrorText(t, error) }));
        },
      },
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
      okButtonProps={{ disabled: !roundId, loading: exportFile.isPending }}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('scoreTemplates.round')} htmlFor="xp-tpl-round">
          <Select
            id="xp-tpl-round"
            value={roundId}
            onChange={setRoundId}
            options={rounds.map((r) => ({ value: r.id, label: r.name }))}
          />
        </Form.Item>
        <Form.Item label={t('scoreTemplates.evaluator')} htmlFor="xp-tpl-evaluator">
          <Select
            id="xp-tpl-evaluator"
            value={evaluator}
            onChange={setEvaluator}
            loading={evaluators.isLoading}
            options={[
              { value: SELF, label: t('scoreTemplates.self') },
              ...(evaluators.data ?? []).map((e) => ({ value: e.id, label: e.name })),
            ]}
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
