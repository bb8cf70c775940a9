import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { pickFiles, saveFile } from '../../../api/files';
import { refusedText } from '../../../components/files/refusedText';
import { translateEvidenceError } from '../../evidence/evidenceErrors';
import { publicationKeys } from '../queries';

/**
 * An objection's attachments (the letter, a photo, the investigation's record): listed, saved
 * on a click, and added from files chosen as evidence is (checked the same way); each refusal
 * names its file.
 */
export function ObjectionFiles({ objectionId }: { objectionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const files = useQuery({
    queryKey: publicationKeys.objectionFiles(objectionId),
    queryFn: () => call('publication.objectionFiles', { objectionId }),
  });
  const attach = useMutation({
    mutationFn: (fileId: string) =>
      call('publication.attachObjectionFile', { objectionId, fileId }),
    onSettled: () =>
      void client.invalidateQueries({ queryKey: publicationKeys.objectionFiles(objectionId) }),
  });
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    try {
      const picked = await pickFiles('evidence', { multiple: true });
      for (const refused of picked.refused) void message.error(refusedText(t, refused));
      let added = 0;
      for (const file of picked.files) {
        try {
          await attach.mutateAsync(file.id);
          added += 1;
        } catch (error) {
          void message.error(translateEvidenceError(t, error));
        }
      }
      if (added > 0) void message.success(t('publication.objection.attached', { count: added }));
    } catch (error) {
      void message.error(translateEvidenceError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const open = async (id: string) => {
    try {
      await saveFile(await call('publication.objectionFile', { id }));
    } catch (error) {
      void message.error(translateEvidenceError(t, error));
    }
  };

  return (
    <Space wrap data-testid="objection-files">
      <Typography.Text type="secondary">{t('publication.objection.attachments')}</Typography.Text>
      {(files.data ?? []).map((f) => (
        <Button
          key={f.id}
          size="small"
          icon={<PaperClipOutlined />}
          onClick={() => void open(f.id)}
        >
          {f.fileName}
        </Button>
      ))}
      <Button
        size="small"
        icon={<UploadOutlined />}
        loading={busy}
        onClick={() => void add()}
        data-testid="objection-attach"
      >
        {t('publication.objection.attach')}
      </Button>
    </Space>
  );
}
