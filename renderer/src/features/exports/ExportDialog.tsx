import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView';
import { useCampaignOverview } from '../../api/queries';
import { translateError } from '../../i18n/translateError';
import { downloadBase64 } from '../rubric-library/fileData';
import { ExportFields } from './ExportFields';
import type { ExportFormValues } from './formValues';
import { toFormValues, toOptions } from './formValues';
import { useBuildExport, useExportOptions } from './useExports';

export interface ExportDialogProps {
  campaignId: string;
  onClose: () => void;
}

/** Options (remembered per campaign), a busy state while main builds, then the download. */
export function ExportDialog({ campaignId, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExportFormValues>();
  const options = useExportOptions(campaignId, true);
  const overview = useCampaignOverview(campaignId);
  const build = useBuildExport(campaignId);

  const submit = (values: ExportFormValues) => {
    build.mutate(toOptions(values), {
      onSuccess: (file) => {
        downloadBase64(file.fileName, file.contentBase64);
        void message.success(t('exports.dialog.done', { name: file.fileName }));
        onClose();
      },
      onError: (error) =>
        void message.error(t('common.actionFailed', { reason: translateError(t, error) })),
    });
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
      // Closing while main writes the file would drop the download; wait for it.
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
              <Alert type="info" showIcon title={t('exports.dialog.building')} />
            ) : (
              <Alert type="info" title={t('exports.dialog.remembered')} />
            )}
          </>
        )}
      </QueryView>
    </Modal>
  );
}
