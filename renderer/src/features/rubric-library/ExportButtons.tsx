import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricVersionSummary } from '../../../../shared/domain/views';
import { saveFile } from '../../api/files';
import { useExportRubricFile } from '../rubric/mutations';
import { savedText } from '../../components/files/saveOutcome';
import { translateError } from '../../i18n/translateError';

export interface ExportButtonsProps {
  version: RubricVersionSummary;
}

/** JSON for moving a rubric between laptops; Excel for reading, printing and editing by hand. */
export function ExportButtons({ version }: ExportButtonsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exportFile = useExportRubricFile();
  const run = (format: 'json' | 'xlsx') =>
    exportFile.mutate(
      { id: version.id, format },
      {
        onSuccess: (file) => {
          saveFile(file)
            .then((outcome) => {
              const text = savedText(t, file, outcome);
              if (text) void message.success(text);
            })
            .catch(
              (error: unknown) =>
                void message.error(t('common.actionFailed', { reason: translateError(t, error) })),
            );
        },
        onError: (error) =>
          void message.error(t('common.actionFailed', { reason: translateError(t, error) })),
      },
    );
  const pending = exportFile.isPending ? exportFile.variables.format : null;
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<DownloadOutlined />}
        loading={pending === 'json'}
        aria-label={t('rubricLibrary.exportJsonAria', {
          name: version.name,
          version: version.version,
        })}
        onClick={() => run('json')}
      >
        {t('rubricLibrary.exportJson')}
      </Button>
      <Button
        type="link"
        size="small"
        icon={<DownloadOutlined />}
        loading={pending === 'xlsx'}
        aria-label={t('rubricLibrary.exportXlsxAria', {
          name: version.name,
          version: version.version,
        })}
        onClick={() => run('xlsx')}
      >
        {t('rubricLibrary.exportXlsx')}
      </Button>
    </>
  );
}
