import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NamingView } from '../../../../../shared/domain/views/publication';
import { call } from '../../../api/client';
import { useCurrentLanguage } from '../../../i18n/useCurrentLanguage';
import { DocumentButton } from './DocumentButton';

const FILES = [
  { file: 'decision', icon: <FileWordOutlined /> },
  { file: 'plaques', icon: <FileExcelOutlined /> },
  { file: 'filing', icon: <FileExcelOutlined /> },
] as const;

/** A naming's three files: the decision (Word), the 授牌 list and the 备案 table (Excel). */
export function NamingFileButtons({
  naming,
  roundId,
  signed,
}: {
  naming: NamingView;
  roundId: string;
  signed: boolean;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <Space wrap align="start">
      {FILES.map(({ file, icon }) => (
        <DocumentButton
          key={file}
          label={t(`publication.documents.${file}`)}
          icon={icon}
          testId={`naming-file-${file}`}
          build={(jobId) =>
            call('publication.namingFile', { namingId: naming.id, file, language, jobId })
          }
          signed={
            signed
              ? {
                  what: t(`publication.documents.${file}What`, { document: naming.documentNumber }),
                  roundId,
                }
              : null
          }
        />
      ))}
    </Space>
  );
}
