import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateCampaign } from '../../api/mutations';
import { campaignHref } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import { translateError } from '../../i18n/translateError';
import type { NewCampaignValues } from './NewCampaignFields';
import { NewCampaignFields } from './NewCampaignFields';

export interface NewCampaignModalProps {
  open: boolean;
  /** The county to create it in (from the county's page); chosen in the form otherwise. */
  countyId?: string;
  onClose: () => void;
}

export function NewCampaignModal({ open, countyId, onClose }: NewCampaignModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewCampaignValues>();
  const create = useCreateCampaign();

  // Reset while the form is still mounted, so the next opening starts blank with this year.
  // (antd's clearOnDestroy would also drop initialValues when React's StrictMode remounts it.)
  const close = () => {
    form.resetFields();
    onClose();
  };

  const submit = (values: NewCampaignValues) => {
    create.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: (campaign) => {
          void message.success(t('campaigns.created', { name: campaign.name }));
          close();
          navigate(campaignHref(campaign.id));
        },
        onError: (error) => {
          void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('campaignForm.title')}
      okText={t('campaignForm.submit')}
      cancelText={t('common.cancel')}
      // The OK button submits the form below, so Enter in a text field submits too.
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={create.isPending}
      onCancel={close}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<NewCampaignValues>
          form={form}
          layout="vertical"
          requiredMark
          initialValues={{ year: new Date().getFullYear(), ...(countyId ? { countyId } : {}) }}
          onFinish={submit}
        >
          {dom}
        </Form>
      )}
    >
      <NewCampaignFields form={form} />
    </Modal>
  );
}
