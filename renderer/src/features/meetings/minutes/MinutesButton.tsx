import { FileWordOutlined } from '@ant-design/icons';
import { Button, Checkbox, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/domain/views';
import { call } from '../../../api/client';
import { JobProgressLine } from '../../../components/jobs/JobProgressLine';
import { useFileJob } from '../../../components/jobs/useFileJob';
import { useCurrentLanguage } from '../../../i18n/useCurrentLanguage';

export interface MinutesButtonProps {
  meetingId: string;
  /** The meeting's round: the signature names it, and its freeze when frozen. */
  roundId: string;
}

/**
 * 生成会议纪要: builds the minutes (.docx) from the records in a worker, with its progress and a
 * cancel button, then saves them (Electron asks where, the browser downloads). The document's
 * language is chosen beside the button; it starts as the screen's.
 */
export function MinutesButton({ meetingId, roundId }: MinutesButtonProps) {
  const { t } = useTranslation();
  const current = useCurrentLanguage();
  const [language, setLanguage] = useState<Language>(current);
  const job = useFileJob();
  const busy = job.busy;

  const [signed, setSigned] = useState(true);
  const build = () =>
    job.run(
      (jobId) => call('meetings.minutes', { id: meetingId, language, jobId }),
      signed ? { what: t('minutes.button.signedWhat'), roundId } : undefined,
    );

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
      <Checkbox
        checked={signed}
        disabled={busy}
        onChange={(e) => setSigned(e.target.checked)}
        data-testid="minutes-signed"
      >
        {t('minutes.button.signed')}
      </Checkbox>
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
