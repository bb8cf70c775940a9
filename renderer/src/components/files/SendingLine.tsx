import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../../../shared/bridge';

/** How far sending a chosen file has got (the browser uploads it; Electron never shows this). */
export function SendingLine({ sending }: { sending: UploadProgress }) {
  const { t } = useTranslation();
  const percent = sending.total > 0 ? Math.floor((sending.loaded / sending.total) * 100) : 0;
  return (
    <div className="xp-sending" data-testid="file-sending">
      <span>
        {t('files.sending', {
          name: sending.fileName,
          n: sending.index + 1,
          total: sending.count,
        })}
      </span>
      <Progress percent={percent} size="small" status="active" />
    </div>
  );
}
