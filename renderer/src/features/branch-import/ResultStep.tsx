import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BranchImportResult } from '../../../../shared/domain/views/branch-import';

/** What the import did, in numbers. */
export function ResultStep({ result }: { result: BranchImportResult }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      data-testid="branch-import-result"
      title={t('branchImport.done')}
      subTitle={t('branchImport.result', { ...result })}
    />
  );
}
