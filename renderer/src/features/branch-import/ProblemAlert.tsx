import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BranchImportProblem } from '../../../../shared/domain/views/branch-import';
import { problemText } from './problemText';

/** The problems that stop a whole file, each with where it is. */
export function ProblemAlert({ problems }: { problems: BranchImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="branch-import-file-problems"
      title={t('branchImport.fileProblems')}
      description={
        <ul className="xp-bi-problems">
          {problems.map((p, i) => (
            <li key={`${p.code}-${i}`}>{problemText(t, p)}</li>
          ))}
        </ul>
      }
    />
  );
}
