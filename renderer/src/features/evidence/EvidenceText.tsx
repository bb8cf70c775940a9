import { Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeText } from './textContent';

/** A plain-text file read from its one-time link, decoded as Notepad would. */
export function EvidenceText({ src }: { src: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((bytes) => live && setText(decodeText(bytes)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [src]);
  if (failed) return <Typography.Text type="danger">{t('evidence.previewFailed')}</Typography.Text>;
  if (text === null) return <Skeleton active />;
  return (
    <Typography.Paragraph>
      <pre className="xp-evidence-text" data-testid="evidence-preview-text">
        {text}
      </pre>
    </Typography.Paragraph>
  );
}
