import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutgoingFile } from '../../../../shared/domain/views/files';
import { saveFile } from '../../api/files';
import { QueryView } from '../../components/QueryView';
import { useCampaignOverview } from '../../api/queries';
import { savedText } from '../../components/files/saveOutcome';
import { isCancelled } from '../../components/jobs/isCancelled';
import { JobProgressLine } from '../../components/jobs/JobProgressLine';
import { useJob } from '../../components/jobs/useJob';
import { translateError } from '../../i18n/translateError';
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
  const { message } = App.useApp();
  const [form] = Form.useForm<ExportFormValues>();
  const options = useExportOptions(campaignId, true);
  const overview = useCampaignOverview(campaignId);
  const build = useBuildExport(campaignId);
  const job = useJob();

  const save = async (file: OutgoingFile) => {
    try {
      const outcome = await saveFile(file);
      if (!outcome.saved) return;
      void message.success(
        savedText(t, file, outcome) ?? t('exports.dialog.done', { name: file.fileName }),
      );
      onClose();
    } catch (error) {
      void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
    }
  };

  const submit = (values: ExportFormValues) => {
    build.mutate(
      { options: toOptions(values), jobId: job.start() },
      {
        onSuccess: (file) => {
          job.finish();
          void save(file);
        },
        onError: (error) => {
          job.finish();
          if (isCancelled(error)) void message.info(t('jobs.cancelled'));
          else void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
        },
      },
    );
  };

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
