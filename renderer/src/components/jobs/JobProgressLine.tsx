import { Button, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../../shared/api/events';
import { isCancellable, jobPercent } from './jobPercent';
import '../files/files.css';

export interface JobProgressLineProps {
  progress: JobProgress | null;
  /** What is being read or built, named in the line. */
  fileName: string;
  onCancel?: () => void;
}

/** A long job's progress: what it is doing, how far it is, and a way to stop it. */
export function JobProgressLine({ progress, fileName, onCancel }: JobProgressLineProps) {
  const { t } = useTranslation();
  const phase = progress?.phase ?? 'queued';
  const counted = progress?.total !== null && progress?.total !== undefined && progress.total > 0;
  return (
    <div className="xp-job" data-testid="job-progress" role="status" aria-live="polite">
      <div className="xp-job-line">
        <Typography.Text>
          {t(`jobs.phase.${phase}`, { file: fileName })}
          {counted && progress ? ` (${progress.done} / ${progress.total})` : ''}
        </Typography.Text>
        {onCancel && (
          <Button
            size="small"
            onClick={onCancel}
            disabled={!isCancellable(progress)}
            data-testid="job-cancel"
          >
            {t('jobs.cancel')}
          </Button>
        )}
      </div>
      <Progress percent={jobPercent(progress)} status="active" />
    </div>
  );
}
