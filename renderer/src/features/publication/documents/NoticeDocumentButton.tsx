import { FileWordOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../../../shared/domain/views/publication';
import { call } from '../../../api/client';
import { useCurrentLanguage } from '../../../i18n/useCurrentLanguage';
import { DocumentButton } from './DocumentButton';
import { SignedCheckbox } from './SignedCheckbox';

/** 公示文件 (Word) of the published notice, in the screen's language. */
export function NoticeDocumentButton({ notice }: { notice: NoticeView }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const [signed, setSigned] = useState(true);
  return (
    <Space align="start">
      <DocumentButton
        label={t('publication.documents.notice')}
        icon={<FileWordOutlined />}
        testId="notice-document"
        build={(jobId) =>
          call('publication.noticeDocument', { noticeId: notice.id, language, jobId })
        }
        signed={
          signed ? { what: t('publication.documents.noticeWhat'), roundId: notice.roundId } : null
        }
      />
      <SignedCheckbox checked={signed} onChange={setSigned} testId="notice-signed" />
    </Space>
  );
}
