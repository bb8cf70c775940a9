import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricTemplateSummary } from '../../../../shared/domain/views';
import { useCreateRubricFromTemplate } from '../rubric/mutations';
import { rubricEditHref } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { translateError } from '../../i18n/translateError';
import { localizedName } from '../rubric/localizedName';

export interface CreateFromTemplateModalProps {
  template: RubricTemplateSummary | null;
  onClose: () => void;
}

interface Values {
  name: string;
}

/** Names the new rubric, creates it from the template and opens it in the editor. */
export function CreateFromTemplateModal({ template, onClose }: CreateFromTemplateModalProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const { message } = App.useApp();
  const create = useCreateRubricFromTemplate();
  const initialName = template
    ? localizedName({ name: template.name, nameEn: template.nameEn }, language)
    : '';

  const submit = ({ name }: Values) => {
    if (!template) return;
    create.mutate(
      { templateId: template.id, name: name.trim() },
      {
        onSuccess: (created) => {
          void message.success(t('rubricLibrary.created', { name: created.name }));
          onClose();
          navigate(rubricEditHref(created.id));
        },
        onError: (error) => {
          void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
        },
      },
    );
  };

  return (
    <Modal
      open={template !== null}
      title={t('rubricLibrary.createTitle')}
      okText={t('rubricLibrary.createOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        // Unmounted while hidden, so each opening starts from the template's name.
        <Form<Values> layout="vertical" initialValues={{ name: initialName }} onFinish={submit}>
          {dom}
        </Form>
      )}
    >
      <Form.Item
        name="name"
        label={t('rubricLibrary.nameLabel')}
        rules={[
          { required: true, whitespace: true, message: t('rubricLibrary.nameRequired') },
          { max: 200, message: t('rubricLibrary.nameTooLong') },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </Modal>
  );
}
