import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileView } from '../../../../shared/domain/views/evidence';
import { isPreviewableImage } from '../../../../shared/domain/views/evidence';
import { fileLink } from '../../../../shared/transport';
import { ErrorResult } from '../../components/ErrorResult';
import { savedText } from '../../components/files/saveOutcome';
import { saveEvidence, useEvidenceLink } from './evidenceApi';
import { translateEvidenceError } from './evidenceErrors';
import { EvidenceText } from './EvidenceText';

export interface EvidencePreviewProps {
  file: EvidenceFileView | null;
  onClose: () => void;
}

/**
 * Images, PDF and plain text shown in the app, each from a one-time link streamed by main
 * (never bytes inside JSON). The type comes from main's check of the bytes, never the name.
 */
export function EvidencePreview({ file, onClose }: EvidencePreviewProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const link = useEvidenceLink(file?.id ?? null);
  const data = link.data;
  const src = data ? fileLink(data, 'inline') : '';

  const download = async () => {
    if (!file) return;
    try {
      const outgoing = await saveEvidence(file.id);
      const text = savedText(t, outgoing.file, outgoing.outcome);
      if (text) void message.success(text);
    } catch (caught) {
      void message.error(translateEvidenceError(t, caught));
    }
  };

  return (
    <Modal
      open={file !== null}
      title={file?.fileName}
      width={880}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="download" icon={<DownloadOutlined />} onClick={() => void download()}>
          {t('evidence.download')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('evidence.close')}
        </Button>,
      ]}
    >
      <div className="xp-evidence-preview" data-testid="evidence-preview">
        {link.isError ? (
          <ErrorResult error={link.error} onRetry={() => void link.refetch()} />
        ) : !data ? (
          <Skeleton.Image active />
        ) : isPreviewableImage(data.mimeType) ? (
          <img src={src} alt={data.fileName} data-testid="evidence-preview-image" />
        ) : data.mimeType === 'application/pdf' ? (
          <iframe
            src={src}
            title={data.fileName}
            className="xp-evidence-pdf"
            data-testid="evidence-preview-pdf"
          />
        ) : (
          <EvidenceText src={src} />
        )}
      </div>
    </Modal>
  );
}
