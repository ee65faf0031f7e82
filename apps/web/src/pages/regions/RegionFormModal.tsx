// Create / edit a region in a modal.
import { App, Form, Input, Modal } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RULES } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formRules } from '../../lib/rules';
import { CreateRegionMutation, UpdateRegionMutation } from './regions.operations';
import type { RegionFieldsFragment } from '../../gql/graphql';

interface RegionFormValues {
  name: string;
  code?: string;
}

export function RegionFormModal({
  open,
  region,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  region?: RegionFieldsFragment | null;
  onClose: () => void;
  onSaved?: (region: RegionFieldsFragment) => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegionFormValues>();
  const reportError = useMutationErrors();
  const [create, creating] = useMutation(CreateRegionMutation);
  const [update, updating] = useMutation(UpdateRegionMutation);
  const saving = creating.loading || updating.loading;

  const onFinish = async (values: RegionFormValues) => {
    const input = { name: values.name.trim(), code: values.code?.trim() || null };
    try {
      const saved = region
        ? (await update({ variables: { id: region.id, input, expectedVersion: region.version } })).data?.updateRegion
        : (await create({ variables: { input } })).data?.createRegion;
      void message.success(t('regions.saved'));
      if (saved) onSaved?.(saved);
      onClose();
    } catch (error) {
      reportError(error, { form, fields: ['name', 'code'], onReload });
    }
  };

  return (
    <Modal
      open={open}
      title={region ? t('regions.edit') : t('regions.create')}
      okText={saving ? t('common.saving') : t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'save-region' } as Record<string, string>}
    >
      <Form<RegionFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="region-form"
        style={{ marginTop: 16 }}
        initialValues={{ name: region?.name ?? '', code: region?.code ?? '' }}
      >
        <Form.Item name="name" label={t('regions.name')} rules={formRules.name(t)} validateFirst>
          <Input placeholder={t('regions.namePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="code" label={t('regions.code')} rules={formRules.code(t, false)} validateFirst>
          <Input placeholder={t('regions.codePlaceholder')} maxLength={RULES.code.max + 10} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
