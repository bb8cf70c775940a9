import { App, Button, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupsView } from '../../../../shared/domain/views/backups';
import { translateError } from '../../i18n/translateError';
import { useSetBackupRetention } from './backupsApi';

type Retention = BackupsView['retention'];

/** The rotation rule, and a dialog to change how many backups it keeps. */
export function RetentionButton({ retention }: { retention: Retention }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setRetention = useSetBackupRetention();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Retention>();

  const save = async () => {
    // A refused field shows its own message under it; nothing else to say.
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    try {
      await setRetention.mutateAsync(values);
      setOpen(false);
      void message.success(t('backups.retentionSaved'));
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };

  return (
    <>
      <Typography.Text type="secondary" data-testid="backup-retention">
        {t('backups.retention', retention)}
      </Typography.Text>
      <Button type="link" size="small" onClick={() => setOpen(true)}>
        {t('backups.retentionEdit')}
      </Button>
      <Modal
        open={open}
        title={t('backups.retentionTitle')}
        okText={t('backups.folderSave')}
        cancelText={t('common.cancel')}
        confirmLoading={setRetention.isPending}
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={retention} preserve={false}>
          <Form.Item
            name="keepToday"
            label={t('backups.retentionToday')}
            rules={[{ required: true, type: 'integer', min: 1, max: 50 }]}
          >
            <InputNumber min={1} max={50} precision={0} data-testid="retention-today" />
          </Form.Item>
          <Form.Item
            name="keepTotal"
            label={t('backups.retentionTotal')}
            dependencies={['keepToday']}
            rules={[
              { required: true, type: 'integer', min: 1, max: 500 },
              ({ getFieldValue }) => ({
                validator: (_rule, value: number | null) =>
                  value === null || value >= (getFieldValue('keepToday') as number)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('errorReasons.retentionTodayOverTotal'))),
              }),
            ]}
          >
            <InputNumber min={1} max={500} precision={0} data-testid="retention-total" />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('backups.retentionHint')}</Typography.Paragraph>
        </Form>
      </Modal>
    </>
  );
}
