// Add / edit one service frequency: task (zh/en), where (a zone of the project's property, or a
// place named in words on templates), how often (the frequency builder), note.
import { useEffect } from 'react';
import { Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { recurrenceError } from '@pinzhi/domain';
import { length, required } from '../../lib/rules';
import { RecurrenceBuilder, type BuilderSetup } from '../../components/recurrence/RecurrenceBuilder';
import { HANDBOOK_RECURRENCE, NEW_RULE } from '../../components/recurrence/recurrence';
import { DRAFT_LIMITS, type DraftFrequency } from './draft';

export type FrequencyValues = Omit<DraftFrequency, 'uid' | 'key'>;

interface FormValues {
  taskZh: string;
  taskEn?: string;
  zoneId?: string | null;
  locationZh?: string;
  rrule: string;
  note?: string;
}

/** The handbook's frequency builder: its modes, and the test ids its browser tests use. */
export const HANDBOOK_BUILDER: BuilderSetup = {
  profile: HANDBOOK_RECURRENCE,
  testIds: { root: 'frequency-builder', summary: 'builder-preview', prefix: 'builder' },
  texts: { badRule: 'draft.badRule' },
};

export function FrequencyModal({
  open,
  frequency,
  zones,
  isTemplate,
  timeZone,
  onCancel,
  onSave,
}: {
  open: boolean;
  /** null = a new frequency */
  frequency: FrequencyValues | null;
  zones: readonly { id: string; name: string }[];
  isTemplate: boolean;
  timeZone: string;
  onCancel: () => void;
  onSave: (values: FrequencyValues) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      frequency
        ? {
            taskZh: frequency.taskZh,
            taskEn: frequency.taskEn,
            zoneId: frequency.zoneId ?? undefined,
            locationZh: frequency.locationZh,
            rrule: frequency.rrule,
            note: frequency.note,
          }
        : { taskZh: '', taskEn: '', zoneId: undefined, locationZh: '', rrule: NEW_RULE, note: '' },
    );
  }, [form, frequency, open]);

  const onFinish = (values: FormValues) => {
    onSave({
      taskZh: values.taskZh.trim(),
      taskEn: values.taskEn?.trim() ?? '',
      zoneId: isTemplate ? null : (values.zoneId ?? null),
      locationZh: values.locationZh?.trim() ?? '',
      rrule: values.rrule.trim(),
      note: values.note?.trim() ?? '',
    });
  };

  const zoneKnown = (id: string | null | undefined) => !id || zones.some((z) => z.id === id);

  return (
    <Modal
      open={open}
      title={frequency ? t('draft.editFrequency') : t('draft.addFrequency')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={820}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'save-frequency' } as Record<string, string>}
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={onFinish} data-testid="frequency-form" style={{ marginTop: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="taskZh"
              label={t('draft.taskZh')}
              rules={[required(t), ...length(t, { max: DRAFT_LIMITS.title })]}
              validateFirst
            >
              <Input placeholder={t('draft.taskPlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="taskEn" label={t('draft.taskEn')} rules={length(t, { max: DRAFT_LIMITS.titleEn })}>
              <Input placeholder={t('common.optional')} autoComplete="off" />
            </Form.Item>
          </Col>
          {isTemplate ? (
            <Col span={24}>
              <Form.Item
                name="locationZh"
                label={t('draft.location')}
                extra={t('draft.templateLocationHint')}
                rules={length(t, { max: DRAFT_LIMITS.title })}
              >
                <Input placeholder={t('draft.locationPlaceholder')} autoComplete="off" />
              </Form.Item>
            </Col>
          ) : (
            <>
              <Col xs={24} md={12}>
                <Form.Item
                  name="zoneId"
                  label={t('draft.zone')}
                  extra={zones.length ? undefined : t('draft.noZones')}
                  rules={[
                    {
                      validator: (_r, v: string | undefined) =>
                        zoneKnown(v) ? Promise.resolve() : Promise.reject(new Error(t('draft.zoneGone'))),
                    },
                  ]}
                >
                  <Select
                    allowClear
                    placeholder={t('draft.wholeSite')}
                    options={zones.map((z) => ({ value: z.id, label: z.name }))}
                    onChange={(id?: string) => {
                      const zone = zones.find((z) => z.id === id);
                      if (zone) form.setFieldValue('locationZh', zone.name);
                    }}
                    data-testid="frequency-zone"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="locationZh" label={t('draft.locationDetail')} rules={length(t, { max: DRAFT_LIMITS.title })}>
                  <Input placeholder={t('draft.locationPlaceholder')} autoComplete="off" />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={24}>
            <Form.Item
              name="rrule"
              label={t('draft.frequency')}
              rules={[
                {
                  validator: (_r, v: string | undefined) => {
                    const problem = recurrenceError(v ?? '');
                    return problem ? Promise.reject(new Error(t('draft.badRule', { problem }))) : Promise.resolve();
                  },
                },
              ]}
            >
              <RecurrenceBuilder {...HANDBOOK_BUILDER} timeZone={timeZone} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t('draft.note')} rules={length(t, { max: DRAFT_LIMITS.note })}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('common.optional')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
