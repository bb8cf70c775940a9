import { Alert, Checkbox, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView';
import { useCampaignOverview } from '../../api/queries';
import { JobProgressLine } from '../../components/jobs/JobProgressLine';
import { useFileJob } from '../../components/jobs/useFileJob';
import { ExportFields } from './ExportFields';
import type { ExportFormValues } from './formValues';
import { toFormValues, toOptions } from './formValues';
import { useBuildExport, useExportOptions } from './useExports';

export interface ExportDialogProps {
  campaignId: string;
  onClose: () => void;
}

/**
 * Options (remembered per campaign), the build's progress (in a worker, with a cancel button),
 * then saving: Electron asks where, the browser downloads.
 */
export function ExportDialog({ campaignId, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExportFormValues>();
  const options = useExportOptions(campaignId, true);
  const overview = useCampaignOverview(campaignId);
  const build = useBuildExport(campaignId);
  const job = useFileJob({
    doneText: (file) => t('exports.dialog.done', { name: file.fileName }),
    onSaved: onClose,
  });

  const [signed, setSigned] = useState(true);
  const deciding = overview.data?.rounds.find((r) => r.isDeciding)?.id ?? null;
  const submit = (values: ExportFormValues) =>
    void job.run(
      (jobId) => build.mutateAsync({ options: toOptions(values), jobId }),
      signed
        ? {
            what: t('exports.dialog.signedWhat'),
            roundId: values.round === '' ? deciding : values.round,
          }
        : undefined,
    );

  return (
    <Modal
      open
      width={720}
      title={t('exports.dialog.title')}
      okText={t('exports.dialog.build')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', disabled: !options.data }}
      cancelButtonProps={{ disabled: build.isPending }}
      confirmLoading={build.isPending}
      // Closing while main builds would lose the file; the build can be cancelled instead.
      closable={!build.isPending}
      maskClosable={false}
      keyboard={!build.isPending}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<ExportFormValues>
          form={form}
          layout="vertical"
          disabled={build.isPending}
          onFinish={submit}
        >
          {dom}
        </Form>
      )}
    >
      <QueryView query={options}>
        {(data) => (
          <>
            <ExportFields
              form={form}
              initial={toFormValues(data)}
              rounds={overview.data?.campaign ? overview.data.rounds : []}
            />
            <Checkbox
              checked={signed}
              onChange={(e) => setSigned(e.target.checked)}
              data-testid="export-signed"
            >
              {t('exports.dialog.signed')}
            </Checkbox>
            {build.isPending ? (
              <JobProgressLine
                progress={job.progress}
                fileName={t('exports.dialog.title')}
                onCancel={job.cancel}
              />
            ) : (
              <Alert type="info" title={t('exports.dialog.remembered')} />
            )}
          </>
        )}
      </QueryView>
    </Modal>
  );
}
