import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import type { OutgoingFile } from '../../../../../shared/domain/views/files';
import { JobProgressLine } from '../../../components/jobs/JobProgressLine';
import { useFileJob } from '../../../components/jobs/useFileJob';

export interface DocumentButtonProps {
  label: string;
  icon: ReactNode;
  /** Builds the file in main (a worker job) and answers its one-time link. */
  build: (jobId: string) => Promise<OutgoingFile>;
  /** Saved with its signature (.xpsig) naming what it is and the round's freeze. */
  signed: { what: string; roundId: string } | null;
  testId: string;
}

/**
 * One document of 公示 or 命名: built in a worker with progress and cancel, then saved (Electron
 * asks where, the browser downloads), with its signature when asked.
 */
export function DocumentButton({ label, icon, build, signed, testId }: DocumentButtonProps) {
  const job = useFileJob();
  return (
    <Space orientation="vertical" size={4}>
      <Button
        icon={icon}
        loading={job.busy}
        onClick={() => void job.run(build, signed ?? undefined)}
        data-testid={testId}
      >
        {label}
      </Button>
      {job.busy && (
        <JobProgressLine progress={job.progress} fileName={label} onCancel={job.cancel} />
      )}
    </Space>
  );
}
