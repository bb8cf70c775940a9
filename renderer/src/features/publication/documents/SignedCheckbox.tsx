import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';

/** 同时保存签名文件: on by default, as for the exports and the minutes. */
export function SignedCheckbox({
  checked,
  onChange,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId}>
      {t('publication.documents.signed')}
    </Checkbox>
  );
}
