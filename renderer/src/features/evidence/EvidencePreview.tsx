import { DownloadOutlined } from '@ant-design/icons';
import { Button, Modal, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileView } from '../../../../shared/domain/views/evidence';
import { isPreviewableImage } from '../../../../shared/domain/views/evidence';
import { ErrorResult } from '../../components/ErrorResult';
import { downloadBase64 } from '../rubric-library/fileData';
import { useEvidenceContent } from './evidenceApi';
import { decodeText } from './textContent';

export interface EvidencePreviewProps {
  file: EvidenceFileView | null;
  onClose: () => void;
}

/**
 * Images and plain text shown in the app. Images use a data: URL, which the CSP allows for
 * img only; the type comes from the server's check of the bytes, never from the file name.
 */
export function EvidencePreview({ file, onClose }: EvidencePreviewProps) {
  const { t } = useTranslation();
  const content = useEvidenceContent(file?.id ?? null);
  const data = content.data;
  return (
    <Modal
      open={file !== null}
      title={file?.fileName}
      width={880}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button
          key="download"
          icon={<DownloadOutlined />}
          disabled={!data}
          onClick={() => data && downloadBase64(data.fileName, data.contentBase64)}
        >
          {t('evidence.download')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('evidence.close')}
        </Button>,
      ]}
    >
      <div className="xp-evidence-preview" data-testid="evidence-preview">
        {content.isError ? (
          <ErrorResult error={content.error} onRetry={() => void content.refetch()} />
        ) : !data ? (
          <Skeleton.Image active />
        ) : isPreviewableImage(data.mimeType) ? (
          <img
            src={`data:${data.mimeType};base64,${data.contentBase64}`}
            alt={data.fileName}
            data-testid="evidence-preview-image"
          />
        ) : (
          <Typography.Paragraph>
            <pre className="xp-evidence-text">{decodeText(data.contentBase64)}</pre>
          </Typography.Paragraph>
        )}
      </div>
    </Modal>
  );
}
