import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../../shared/api/events';
import type { BranchImportProblem } from '../../../../shared/domain/views/branch-import';
import type { PickedFile, RefusedFile } from '../../../../shared/domain/views/files';
import { FileDropZone } from '../../components/files/FileDropZone';
import { JobProgressLine } from '../../components/jobs/JobProgressLine';
import { ProblemAlert } from './ProblemAlert';

export interface FileStepProps {
  /** The file being read, while it is. */
  reading: string | null;
  progress: JobProgress | null;
  failure: string | null;
  problems: BranchImportProblem[];
  onFile: (file: PickedFile) => void;
  onRefused: (refused: RefusedFile[]) => void;
  onCancel: () => void;
}

/** Choosing or dropping the list; a file that cannot be read says why, here. */
export function FileStep(props: FileStepProps) {
  const { reading, progress, failure, problems, onFile, onRefused, onCancel } = props;
  const { t } = useTranslation();
  if (reading !== null)
    return <JobProgressLine progress={progress} fileName={reading} onCancel={onCancel} />;
  return (
    <Space orientation="vertical" size="middle" className="xp-fill">
      {failure !== null && <Alert type="error" showIcon title={failure} />}
      {problems.length > 0 && <ProblemAlert problems={problems} />}
      <FileDropZone
        kind="import"
        hint={t('branchImport.dropHint')}
        note={t('branchImport.fileHint')}
        onFile={onFile}
        onRefused={onRefused}
      />
    </Space>
  );
}
