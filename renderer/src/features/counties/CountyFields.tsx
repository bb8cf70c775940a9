import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a county form holds; the department is printed on every export. */
export interface CountyValues {
  name: string;
  code?: string;
  department?: string;
}

/** The county's name, optional code and the organization department, with the API's limits. */
export function CountyFields({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="name"
        label={t('county.fieldName')}
        rules={[
          { required: true, whitespace: true, message: t('county.nameRequired') },
          { max: 60, message: t('county.nameTooLong') },
          { pattern: /^[^\p{Cc}\p{Cf}]*$/u, message: t('branchRegistry.nameInvalid') },
        ]}
      >
        <Input
          autoFocus={autoFocus}
          maxLength={60}
          placeholder={t('county.namePlaceholder')}
          data-testid="county-name"
        />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('county.fieldCode')}
        extra={t('county.codeHint')}
        rules={[{ pattern: /^(\d{6}|\d{9}|\d{12})?$/, message: t('county.codeInvalid') }]}
      >
        <Input maxLength={12} inputMode="numeric" data-testid="county-code" />
      </Form.Item>
      <Form.Item
        name="department"
        label={t('county.fieldDepartment')}
        extra={t('county.departmentHint')}
        rules={[{ max: 100, message: t('county.departmentTooLong') }]}
      >
        <Input
          maxLength={100}
          placeholder={t('county.departmentPlaceholder')}
          data-testid="county-department"
        />
      </Form.Item>
    </>
  );
}

/** The form's values as the API takes them: trimmed, empty optional fields left out. */
export function countyInput(values: CountyValues): {
  name: string;
  code?: string;
  department?: string;
} {
  const code = values.code?.trim() ?? '';
  const department = values.department?.trim() ?? '';
  return {
    name: values.name.trim(),
    ...(code ? { code } : {}),
    ...(department ? { department } : {}),
  };
}
