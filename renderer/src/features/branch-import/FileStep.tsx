import { Alert, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BranchImportProblem } from '../../../../shared/domain/views/branch-import';
import { FileDropZone } from '../rubric-library/FileDropZone';
import '../rubric-library/rubricLibrary.css';
import { ProblemAlert } from './ProblemAlert';

export interface FileStepProps {
  reading: string | null;
  failure: string | null;
  problems: BranchImportProblem[];
  onFile: (file: File) => void;
}

/** Choosing or dropping the list; a file that cannot be read says why, here. */
export function FileStep({ reading, failure, problems, onFile }: FileStepProps) {
  const { t } = useTranslation();
  if (reading !== null)
    return (
      <div className="xp-import-reading">
        <Spin />
        <span>{t('branchImport.reading', { file: reading })}</span>
      </div>
    );
  return (
    <Space orientation="vertical" size="middle" className="xp-fill">
      {failure !== null && <Alert type="error" showIcon title={failure} />}
      {problems.length > 0 && <ProblemAlert problems={problems} />}
      <FileDropZone
        accept=".xlsx,.csv,.xls"
        hint={t('branchImport.dropHint')}
        note={t('branchImport.fileHint')}
        onFile={onFile}
      />
    </Space>
  );
}
