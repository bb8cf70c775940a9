import { Button, Drawer, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricVersionSummary } from '../../../../shared/domain/views';
import { useRubricVersion } from '../rubric/queries';
import { rubricEditHref } from '../../app/routes';
import { QueryView } from '../../components/QueryView';
import { RubricSummary } from '../rubric/RubricSummary';
import { RubricTable } from '../rubric/RubricTable';
import { SchemeDetails } from '../rubric/SchemeDetails';
import { StarCards } from '../rubric/StarCards';

export interface ViewRubricDrawerProps {
  version: RubricVersionSummary | null;
  onClose: () => void;
}

function RubricDetails({ id }: { id: string }) {
  const view = useRubricVersion(id);
  return (
    <QueryView query={view} rows={12}>
      {(rubric) => (
        <div className="xp-drawer-stack">
          <RubricSummary definition={rubric.definition} />
          <StarCards definition={rubric.definition} />
          <SchemeDetails definition={rubric.definition} />
          <RubricTable definition={rubric.definition} />
        </div>
      )}
    </QueryView>
  );
}

/** The read-only view of any version, over the library, without leaving it. */
export function ViewRubricDrawer({ version, onClose }: ViewRubricDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={version !== null}
      onClose={onClose}
      size={1100}
      destroyOnHidden
      title={
        version && (
          <Space wrap>
            {version.name}
            <Tag>{t('rubric.version', { version: version.version })}</Tag>
            {version.frozen && <Tag color="blue">{t('rubric.frozen')}</Tag>}
          </Space>
        )
      }
      extra={
        version && (
          <Button type="primary" href={rubricEditHref(version.id)} onClick={onClose}>
            {t('rubricLibrary.edit')}
          </Button>
        )
      }
    >
      {version && <RubricDetails id={version.id} />}
    </Drawer>
  );
}
