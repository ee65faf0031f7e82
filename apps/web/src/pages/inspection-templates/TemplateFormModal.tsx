// 新建 / 编辑检查表: name, property format (or every format), 检查层级, description; when creating, the
// standards of a handbook template's latest version can be copied into the first draft.
import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { INSPECTION_LEVELS, PROPERTY_FORMATS, type InspectionLevel, type PropertyFormat } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { length, required } from '../../lib/rules';
import { LIMITS } from './checklist';
import {
  CreateInspectionTemplateMutation,
  HandbookSourcesQuery,
  UpdateInspectionTemplateMutation,
} from './inspection-templates.operations';
import type { InspectionTemplateHeaderFragment } from '../../gql/graphql';

/** The "every format" choice of the format select (the API's null). */
export const ALL_FORMATS = 'ALL';
type FormatChoice = PropertyFormat | typeof ALL_FORMATS;

interface Values {
  name: string;
  format: FormatChoice;
  level: InspectionLevel;
  description?: string;
  fromHandbookVersionId?: string;
}

const FIELDS = ['name', 'format', 'level', 'description', 'fromHandbookVersionId'] as const;

export function TemplateFormModal({
  open,
  template,
  defaultFormat,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** Edit this template; create a new one when absent. */
  template?: InspectionTemplateHeaderFragment;
  defaultFormat?: PropertyFormat;
  onClose: () => void;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<Values>();
  const [create, creating] = useMutation(CreateInspectionTemplateMutation);
  const [update, updating] = useMutation(UpdateInspectionTemplateMutation);
  const editing = !!template;
  const saving = creating.loading || updating.loading;
  const format = Form.useWatch('format', form);
  const handbookFormat = format && format !== ALL_FORMATS ? format : undefined;
  const sources = useQuery(HandbookSourcesQuery, {
    variables: { filter: { kind: 'TEMPLATE', ...(handbookFormat ? { format: handbookFormat } : {}) }, first: 100 },
    skip: !open || editing,
  });
  const handbooks = (sources.data ?? sources.previousData)?.handbooks.nodes ?? [];

  const initialValues: Partial<Values> = template
    ? { name: template.name, format: template.format ?? ALL_FORMATS, level: template.level, description: template.description ?? '' }
    : { format: defaultFormat ?? ALL_FORMATS, level: 'COMPANY' };

  const onFinish = async (values: Values) => {
    const input = {
      name: values.name.trim(),
      format: values.format === ALL_FORMATS ? null : values.format,
      level: values.level,
      description: values.description?.trim() || null,
    };
    try {
      if (template) {
        await update({ variables: { id: template.id, input, expectedVersion: template.version } });
        void message.success(t('inspectionTemplates.form.saved'));
        onClose();
        onSaved?.();
        return;
      }
      const { data } = await create({ variables: { input, fromHandbookVersionId: values.fromHandbookVersionId || null } });
      void message.success(t('inspectionTemplates.form.created'));
      onClose();
      onSaved?.();
      if (data) navigate(`/inspection-templates/${data.createInspectionTemplate.id}?view=draft`);
    } catch (error) {
      reportError(error, { form, fields: FIELDS, onReload: onSaved });
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('inspectionTemplates.form.editTitle') : t('inspectionTemplates.form.createTitle')}
      okText={saving ? t('common.saving') : editing ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'save-inspection-template' } as Record<string, string>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues}
        style={{ marginTop: 12 }}
        data-testid="inspection-template-form"
        onValuesChange={(changed: Partial<Values>) => {
          if ('format' in changed && form.getFieldValue('fromHandbookVersionId')) form.setFieldValue('fromHandbookVersionId', undefined);
        }}
      >
        <Form.Item
          name="name"
          label={t('inspectionTemplates.form.name')}
          rules={[required(t), ...length(t, { max: LIMITS.title.max })]}
          validateFirst
        >
          <Input placeholder={t('inspectionTemplates.form.namePlaceholder')} autoComplete="off" data-testid="inspection-template-name" />
        </Form.Item>
        <Form.Item name="format" label={t('inspectionTemplates.form.format')} extra={t('inspectionTemplates.form.formatHint')}>
          <Select
            options={[
              { value: ALL_FORMATS, label: t('inspectionTemplates.allFormats') },
              ...PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) })),
            ]}
            data-testid="inspection-template-format"
          />
        </Form.Item>
        <Form.Item name="level" label={t('levelComparison.level')} extra={t('levelComparison.levelHint')}>
          <Select
            options={INSPECTION_LEVELS.map((l) => ({ value: l, label: t(`levelComparison.levels.${l}`) }))}
            data-testid="inspection-template-level"
          />
        </Form.Item>
        <Form.Item name="description" label={t('inspectionTemplates.form.description')} rules={length(t, { max: LIMITS.description })}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('inspectionTemplates.form.descriptionPlaceholder')} />
        </Form.Item>
        {editing ? null : (
          <Form.Item
            name="fromHandbookVersionId"
            label={t('inspectionTemplates.form.copyFrom')}
            extra={t('inspectionTemplates.form.copyFromHint')}
          >
            <Select
              allowClear
              loading={sources.loading}
              placeholder={t('inspectionTemplates.form.copyFromPlaceholder')}
              notFoundContent={sources.loading ? undefined : t('inspectionTemplates.form.copyFromNone')}
              options={handbooks.map((h) => ({
                value: h.latest?.id ?? `unpublished:${h.id}`,
                disabled: !h.latest,
                label: h.latest
                  ? `${t('inspectionTemplates.form.copyFromOption', { name: h.name, n: h.latestNumber })} · ${t(`formats.${h.format}`)}`
                  : t('inspectionTemplates.form.copyFromUnpublished', { name: h.name }),
              }))}
              data-testid="inspection-template-copy-from"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
