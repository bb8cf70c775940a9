import { Alert, Descriptions, Form, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  BranchImportField,
  BranchImportMapping,
  BranchImportPreview,
} from '../../../../shared/domain/views/branch-import';
import { BRANCH_IMPORT_FIELDS } from '../../../../shared/domain/views/branch-import';
import { ProblemAlert } from './ProblemAlert';

export interface MappingStepProps {
  preview: BranchImportPreview;
  busy: boolean;
  onSheet: (sheet: string) => void;
  onMapping: (mapping: BranchImportMapping) => void;
}

/** Sheet and column choice, prefilled with what the header row suggests; every change re-previews. */
export function MappingStep({ preview, busy, onSheet, onMapping }: MappingStepProps) {
  const { t } = useTranslation();
  const none = -1;
  const options = [
    { value: none, label: t('branchImport.notMapped') },
    ...preview.columns.map((c) => ({
      value: c.index,
      label:
        c.header === ''
          ? t('branchImport.columnOptionBlank', { letter: c.letter })
          : t('branchImport.columnOption', { letter: c.letter, header: c.header }),
    })),
  ];
  const change = (field: BranchImportField, value: number) =>
    onMapping({ ...preview.mapping, [field]: value === none ? null : value });
  const fileLine = [
    preview.fileName,
    preview.encoding ? t(`branchImport.encoding.${preview.encoding}`) : '',
  ].filter((s) => s !== '');

  return (
    <Space orientation="vertical" size="middle" className="xp-fill">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'file', label: t('branchImport.fileLabel'), children: fileLine.join(' · ') },
        ]}
      />
      <Form layout="horizontal" labelCol={{ span: 7 }} wrapperCol={{ span: 17 }} component="div">
        <Form.Item
          label={t('branchImport.sheet')}
          htmlFor="xp-bi-sheet"
          extra={
            preview.headerRow === null
              ? t('branchImport.noHeaderRow')
              : t('branchImport.headerRow', { row: preview.headerRow })
          }
        >
          <Select
            id="xp-bi-sheet"
            data-testid="branch-import-sheet"
            value={preview.sheet ?? undefined}
            disabled={busy || preview.sheets.length < 2}
            options={preview.sheets.map((s) => ({ value: s, label: s }))}
            onChange={onSheet}
          />
        </Form.Item>
        {BRANCH_IMPORT_FIELDS.map((field) => (
          <Form.Item
            key={field}
            label={t(`branchImport.fields.${field}`)}
            htmlFor={`xp-bi-${field}`}
            required={field !== 'type'}
            extra={
              <Space size={4} wrap>
                <span>{t(`branchImport.fieldHelp.${field}`)}</span>
                {preview.suggested[field] !== null && (
                  <Tag variant="filled">
                    {t('branchImport.suggested')}:{' '}
                    {preview.columns[preview.suggested[field] - 1]?.letter}
                  </Tag>
                )}
              </Space>
            }
          >
            <Select
              id={`xp-bi-${field}`}
              data-testid={`branch-import-map-${field}`}
              value={preview.mapping[field] ?? none}
              disabled={busy || preview.columns.length === 0}
              options={options}
              onChange={(value: number) => change(field, value)}
            />
          </Form.Item>
        ))}
      </Form>
      {preview.fileProblems.length > 0 ? (
        <ProblemAlert problems={preview.fileProblems} />
      ) : (
        <Alert type="info" showIcon title={t('branchImport.counts', preview.counts)} />
      )}
    </Space>
  );
}
