// 接管模板: one template per property format — its tasks per phase with owner and collaborating
// departments, due offset, required (gate) flag and checklist; editable by ONBOARDING_MANAGERS.
import { useState } from 'react';
import { App, Button, Card, Checkbox, Col, Collapse, Drawer, Form, Input, Row, Select, Space, Table, Tag } from 'antd';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  ONBOARDING_DELIVERABLES,
  ONBOARDING_PHASES,
  ONBOARDING_RULES,
  type OnboardingDeliverable,
  type OnboardingPhase,
  type PropertyFormat,
} from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { FormatTag } from '../../components/Tags';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useCan } from '../../session/Allow';
import { TemplatesQuery, UpdateTemplateMutation } from './onboarding.operations';
import { deptName } from './PhaseTasks';
import type { OnboardingTemplatesQuery } from '../../gql/graphql';

type Template = OnboardingTemplatesQuery['onboardingTemplates'][number];
interface TaskValues {
  key?: string | null;
  phase: OnboardingPhase;
  title: string;
  ownerDepartmentId: string;
  collaboratorDepartmentIds: string[];
  dueOffsetDays: number;
  required: boolean;
  deliverable?: OnboardingDeliverable | null;
  checklistText?: string;
}

export default function OnboardingTemplatesPage() {
  const { t, i18n } = useTranslation();
  const mayManage = useCan('onboarding.manage');
  const { data, loading, error, refetch } = useQuery(TemplatesQuery);
  const [editing, setEditing] = useState<Template | null>(null);
  if (loading && !data) return <TableSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const departments = new Map(data!.departments.map((d) => [d.id, d]));
  const templates = data!.onboardingTemplates;
  return (
    <div data-testid="onboarding-templates-page">
      <PageHeader title={t('onboarding.templates.title')} subTitle={t('onboarding.templates.subtitle')} />
      {templates.length === 0 ? <EmptyState title={t('onboarding.templates.empty')} /> : null}
      <Collapse
        items={templates.map((tpl) => ({
          key: tpl.id,
          label: (
            <Space>
              <FormatTag format={tpl.format as PropertyFormat} />
              <span data-testid="template-name">{tpl.name}</span>
              <Tag>
                {t('onboarding.templates.tasks')} {tpl.tasks.length}
              </Tag>
            </Space>
          ),
          extra: mayManage ? (
            <Button
              size="small"
              onClick={(e) => {
                e.stopPropagation();
                setEditing(tpl);
              }}
              data-testid="template-edit"
            >
              {t('onboarding.templates.edit')}
            </Button>
          ) : null,
          children: (
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={tpl.tasks}
              columns={[
                { key: 'phase', title: t('onboarding.common.phase'), width: 110, render: (_, x) => t(`onboarding.phases.${x.phase}`) },
                {
                  key: 'title',
                  title: t('onboarding.common.task'),
                  render: (_, x) => (
                    <Space size={4} wrap>
                      {x.title}
                      {x.required ? <Tag color="gold">{t('onboarding.common.required')}</Tag> : null}
                      {x.checklist.length ? <Tag>{x.checklist.join('、')}</Tag> : null}
                    </Space>
                  ),
                },
                {
                  key: 'owner',
                  title: t('onboarding.common.owner'),
                  width: 170,
                  render: (_, x) => deptName(departments.get(x.ownerDepartmentId), i18n.language),
                },
                {
                  key: 'collab',
                  title: t('onboarding.common.collaborators'),
                  width: 220,
                  render: (_, x) => x.collaboratorDepartmentIds.map((id) => deptName(departments.get(id), i18n.language)).join('、') || '—',
                },
                { key: 'offset', title: t('onboarding.templates.offset'), dataIndex: 'dueOffsetDays', width: 110 },
              ]}
            />
          ),
        }))}
      />
      {editing ? <TemplateEditor template={editing} departments={data!.departments} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

function TemplateEditor({
  template,
  departments,
  onClose,
}: {
  template: Template;
  departments: OnboardingTemplatesQuery['departments'];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useMutationErrors();
  const [form] = Form.useForm<{ name: string; tasks: TaskValues[] }>();
  const [save, saving] = useMutation(UpdateTemplateMutation);
  const deptOptions = departments.map((d) => ({ value: d.id, label: deptName(d, i18n.language) }));
  const initial = {
    name: template.name,
    tasks: template.tasks.map((x) => ({
      ...x,
      phase: x.phase as OnboardingPhase,
      deliverable: (x.deliverable ?? null) as OnboardingDeliverable | null,
      checklistText: x.checklist.join('\n'),
    })),
  };
  const submit = (v: { name: string; tasks: TaskValues[] }) =>
    save({
      variables: {
        id: template.id,
        expectedVersion: template.version,
        input: {
          name: v.name,
          format: template.format,
          proposalSections: template.proposalSections.map(({ key, title, body }) => ({ key, title, body })),
          tasks: (v.tasks ?? []).map(({ checklistText, ...x }) => ({
            key: x.key ?? null,
            phase: x.phase,
            title: x.title,
            ownerDepartmentId: x.ownerDepartmentId,
            collaboratorDepartmentIds: x.collaboratorDepartmentIds ?? [],
            dueOffsetDays: x.dueOffsetDays,
            required: !!x.required,
            deliverable: x.deliverable ?? null,
            checklist: (checklistText ?? '')
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          })),
        },
      },
    })
      .then(() => {
        void message.success(t('onboarding.common.saved'));
        onClose();
      })
      .catch((e) => onError(e, { form, fields: ['name', 'tasks'] }));
  return (
    <Drawer
      open
      size={960}
      title={template.name}
      onClose={onClose}
      extra={
        <Button type="primary" loading={saving.loading} onClick={() => form.submit()} data-testid="template-save">
          {t('onboarding.common.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="name" label={t('onboarding.templates.title')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.List name="tasks">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Card key={f.key} size="small" style={{ marginBottom: 8 }}>
                  <Form.Item name={[f.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Row gutter={8}>
                    <Col flex="0 0 140px">
                      <Form.Item name={[f.name, 'phase']} label={t('onboarding.common.phase')} rules={[{ required: true }]}>
                        <Select options={ONBOARDING_PHASES.map((p) => ({ value: p, label: t(`onboarding.phases.${p}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col flex="1 1 240px">
                      <Form.Item name={[f.name, 'title']} label={t('onboarding.common.task')} rules={[{ required: true, max: 200 }]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col flex="0 0 110px">
                      <Form.Item
                        name={[f.name, 'dueOffsetDays']}
                        label={t('onboarding.templates.offset')}
                        rules={[
                          { required: true, message: t('validation.REQUIRED') },
                          numberRange(t, { ...ONBOARDING_RULES.dueOffsetDays, integer: true }),
                        ]}
                      >
                        <NumberInput min={0} max={730} integer style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col flex="0 0 80px">
                      <Form.Item name={[f.name, 'required']} label={t('onboarding.common.required')} valuePropName="checked">
                        <Checkbox />
                      </Form.Item>
                    </Col>
                    <Col flex="none">
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label="remove"
                        style={{ marginTop: 30 }}
                      />
                    </Col>
                  </Row>
                  <Row gutter={8}>
                    <Col flex="0 0 200px">
                      <Form.Item name={[f.name, 'ownerDepartmentId']} label={t('onboarding.common.owner')} rules={[{ required: true }]}>
                        <Select options={deptOptions} />
                      </Form.Item>
                    </Col>
                    <Col flex="1 1 300px">
                      <Form.Item name={[f.name, 'collaboratorDepartmentIds']} label={t('onboarding.common.collaborators')}>
                        <Select mode="multiple" options={deptOptions} />
                      </Form.Item>
                    </Col>
                    <Col flex="1 1 240px">
                      <Form.Item name={[f.name, 'checklistText']} label={t('onboarding.templates.checklist')}>
                        <Input.TextArea rows={2} />
                      </Form.Item>
                    </Col>
                    <Col flex="0 0 180px">
                      <Form.Item
                        name={[f.name, 'deliverable']}
                        label={t('onboarding.templates.deliverable')}
                        tooltip={t('onboarding.templates.deliverableHint')}
                      >
                        <Select
                          allowClear
                          placeholder={t('onboarding.templates.noDeliverable')}
                          options={ONBOARDING_DELIVERABLES.map((d) => ({ value: d, label: t(`onboarding.deliverables.${d}`) }))}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ phase: 'SITE_SURVEY', dueOffsetDays: 7, required: false, collaboratorDepartmentIds: [] })}
              >
                {t('onboarding.templates.addTask')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
