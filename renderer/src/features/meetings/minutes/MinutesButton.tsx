import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/domain/views';
import { call } from '../../../api/client';
import { saveFile } from '../../../api/files';
import { savedText } from '../../../components/files/saveOutcome';
import { isCancelled } from '../../../components/jobs/isCancelled';
import { JobProgressLine } from '../../../components/jobs/JobProgressLine';
import { useJob } from '../../../components/jobs/useJob';
import { translateError } from '../../../i18n/translateError';
import { useCurrentLanguage } from '../../../i18n/useCurrentLanguage';

export interface MinutesButtonProps {
  meetingId: string;
}

/**
 * 生成会议纪要: builds the minutes (.docx) from the records in a worker, with its progress and a
 * cancel button, then saves them (Electron asks where, the browser downloads). The document's
 * language is chosen beside the button; it starts as the screen's.
 */
export function MinutesButton({ meetingId }: MinutesButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useCurrentLanguage();
  const [language, setLanguage] = useState<Language>(current);
  const [busy, setBusy] = useState(false);
  const job = useJob();

  const build = async () => {
    setBusy(true);
    try {
      const file = await call('meetings.minutes', { id: meetingId, language, jobId: job.start() });
      job.finish();
      const outcome = await saveFile(file);
      const text = savedText(t, file, outcome);
      if (text) void message.success(text);
    } catch (error) {
      job.finish();
      if (isCancelled(error)) void message.info(t('jobs.cancelled'));
      else void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="small" data-testid="minutes">
      <Space.Compact>
        <Select<Language>
          value={language}
          onChange={setLanguage}
          disabled={busy}
          aria-label={t('minutes.button.language')}
          options={[
            { value: 'zh-CN', label: t('minutes.button.zh') },
            { value: 'en', label: t('minutes.button.en') },
          ]}
          style={{ width: 110 }}
        />
        <Button icon={<FileWordOutlined />} loading={busy} onClick={() => void build()}>
          {t('minutes.button.build')}
        </Button>
      </Space.Compact>
      {busy && (
        <JobProgressLine
          progress={job.progress}
          fileName={t('minutes.button.fileName')}
          onCancel={job.cancel}
        />
      )}
    </Space>
  );
}
