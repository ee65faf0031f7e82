// 课程课件: courses with the 已过时 flag and the handbook version that outdated them; the editor
// (drawer) picks a published handbook version, then its sections and/or standards; "更新到最新版本"
// moves an outdated course onto the handbook's latest version (refreshCourseToVersion).
import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { InboxOutlined, PaperClipOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TRAINING_RULES } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { byText, byValue, ListPage, useListState } from '../../components/list-page';
import { EmptyState, ErrorState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDate } from '../../lib/format';
import { useCan } from '../../session/Allow';
import { CourseAttachmentsField, type AttachmentValue } from './CourseAttachments';
import { OutdatedTag } from './parts';
import {
  ArchiveCourseMutation,
  CourseHandbooksQuery,
  CourseQuery,
  CoursesQuery,
  CourseVersionQuery,
  CreateCourseMutation,
  RefreshCourseMutation,
  UpdateCourseMutation,
} from './training.operations';
import type { CourseRowFragment } from '../../gql/graphql';

interface CourseForm {
  title: string;
  description?: string;
  handbookId?: string;
  handbookVersionId: string;
  sectionKeys: string[];
  standardIds: string[];
  defaultPassMark: number;
  defaultValidityMonths?: number | null;
  attachments: AttachmentValue[];
}

function CourseDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const mayEdit = useCan('courses.edit');
  const isNew = id === 'new';
  const [form] = Form.useForm<CourseForm>();
  const course = useQuery(CourseQuery, { variables: { id: id ?? '' }, skip: !id || isNew });
  const handbooks = useQuery(CourseHandbooksQuery, { skip: !id });
  const handbookId = Form.useWatch('handbookId', form);
  const versionId = Form.useWatch('handbookVersionId', form);
  const version = useQuery(CourseVersionQuery, { variables: { id: versionId ?? '' }, skip: !versionId });
  const [create, creating] = useMutation(CreateCourseMutation, { refetchQueries: ['TrainingCourses'] });
  const [update, updating] = useMutation(UpdateCourseMutation, { refetchQueries: ['TrainingCourses'] });
  const c = course.data?.course;
  const zh = i18n.language !== 'en-US';

  useEffect(() => {
    if (!id) return;
    if (isNew) form.resetFields();
    else if (c)
      form.setFieldsValue({
        title: c.title,
        description: c.description ?? '',
        handbookId: c.handbook?.id,
        handbookVersionId: c.handbookVersionId,
        sectionKeys: c.sectionKeys,
        standardIds: c.standardIds,
        defaultPassMark: c.defaultPassMark,
        defaultValidityMonths: c.defaultValidityMonths,
        attachments: c.attachments.map((a) => ({ name: a.name, url: a.url, fileId: a.fileId, file: a.file })),
      });
  }, [c, id, isNew, form]);

  const submit = async (v: CourseForm) => {
    const input = {
      title: v.title.trim(),
      description: v.description?.trim() || null,
      handbookVersionId: v.handbookVersionId,
      sectionKeys: v.sectionKeys ?? [],
      standardIds: v.standardIds ?? [],
      defaultPassMark: Number(v.defaultPassMark),
      defaultValidityMonths: v.defaultValidityMonths == null ? null : Number(v.defaultValidityMonths),
      attachments: (v.attachments ?? []).map((a) => ({ name: a.name, url: a.url ?? null, fileId: a.fileId ?? null })),
    };
    try {
      if (isNew) await create({ variables: { input } });
      else await update({ variables: { id: id!, input, expectedVersion: c?.version } });
      void message.success(isNew ? t('training.courses.created') : t('training.common.saved'));
      onClose();
    } catch (e) {
      reportError(e, {
        form,
        fields: [
          'title',
          'description',
          'handbookVersionId',
          'sectionKeys',
          'standardIds',
          'defaultPassMark',
          'defaultValidityMonths',
          'attachments',
        ],
      });
    }
  };

  const handbook = handbooks.data?.handbooks.nodes.find((h) => h.id === handbookId);
  const sections = version.data?.handbookVersion.sections ?? [];
  const standards = sections.flatMap((s) => s.items.flatMap((i) => (i.standard ? [i.standard] : [])));
  const required = [{ required: true, message: t('validation.REQUIRED') }];

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={640}
      destroyOnHidden
      title={isNew ? t('training.courses.new') : t('training.courses.editTitle')}
      extra={
        mayEdit ? (
          <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()} data-testid="save-course">
            {t('common.save')}
          </Button>
        ) : null
      }
      data-testid="course-drawer"
    >
      {!isNew && course.error && !c ? <ErrorState error={course.error} onRetry={() => void course.refetch()} compact /> : null}
      {!mayEdit ? <Alert type="info" showIcon title={t('training.courses.readOnly')} style={{ marginBottom: 16 }} /> : null}
      {c?.outdated ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('training.courses.outdatedBy', { number: c.outdatedBy?.number ?? '?' })}
          description={c.outdatedSince ? t('training.courses.outdatedSince', { date: formatDate(c.outdatedSince) }) : undefined}
        />
      ) : null}
      <Form<CourseForm>
        form={form}
        layout="vertical"
        disabled={!mayEdit}
        onFinish={(v) => void submit(v)}
        initialValues={{ defaultPassMark: 60, sectionKeys: [], standardIds: [], attachments: [] }}
      >
        <Form.Item
          name="title"
          label={t('training.courses.fields.title')}
          rules={[...required, { max: TRAINING_RULES.title.max, message: t('validation.TOO_LONG', { max: TRAINING_RULES.title.max }) }]}
        >
          <Input data-testid="course-title" />
        </Form.Item>
        <Form.Item name="description" label={t('training.courses.fields.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={TRAINING_RULES.description.max} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="handbookId" label={t('training.courses.fields.handbook')} rules={required} style={{ width: 300 }}>
            <Select
              placeholder={t('training.courses.pickHandbook')}
              loading={handbooks.loading}
              onChange={() => form.setFieldsValue({ handbookVersionId: undefined, sectionKeys: [], standardIds: [] })}
              options={(handbooks.data?.handbooks.nodes ?? [])
                .filter((h) => h.versions.length)
                .map((h) => ({ value: h.id, label: `${h.project ? `${h.project.code} · ` : ''}${h.name}` }))}
            />
          </Form.Item>
          <Form.Item name="handbookVersionId" label={t('training.courses.fields.version')} rules={required} style={{ width: 160 }}>
            <Select
              placeholder={t('training.courses.pickVersion')}
              options={(handbook?.versions ?? []).map((v) => ({
                value: v.id,
                label: t('training.courses.versionLabel', { number: v.number }),
              }))}
            />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('training.courses.fields.content')}</Typography.Title>
        {!versionId ? <Typography.Text type="secondary">{t('training.courses.pickFirst')}</Typography.Text> : null}
        {versionId ? (
          <>
            <Form.Item name="sectionKeys" label={t('training.courses.fields.sections')}>
              <Checkbox.Group
                options={sections.map((s) => ({ value: s.key, label: zh ? s.titleZh : (s.titleEn ?? s.titleZh) }))}
                style={{ display: 'grid', gap: 4 }}
              />
            </Form.Item>
            <Form.Item
              name="standardIds"
              label={t('training.courses.fields.standards')}
              dependencies={['sectionKeys']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v: string[]) =>
                    (v?.length ?? 0) + (getFieldValue('sectionKeys')?.length ?? 0) > 0
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('training.courses.contentRequired'))),
                }),
              ]}
            >
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                options={standards.map((s) => ({ value: s.id, label: `${s.code} · ${zh ? s.titleZh : (s.titleEn ?? s.titleZh)}` }))}
              />
            </Form.Item>
          </>
        ) : null}
        <Space>
          <Form.Item
            name="defaultPassMark"
            label={t('training.courses.fields.defaultPassMark')}
            rules={[...required, numberRange(t, { min: 0, max: 100, integer: true })]}
          >
            <NumberInput min={0} max={100} integer />
          </Form.Item>
          <Form.Item
            name="defaultValidityMonths"
            label={t('training.courses.fields.defaultValidityMonths')}
            tooltip={t('training.plans.validityHint')}
            rules={[numberRange(t, { min: 1, max: 120, integer: true })]}
          >
            <NumberInput min={1} max={120} integer placeholder={t('training.common.never')} />
          </Form.Item>
        </Space>
        <Form.Item name="attachments" label={t('training.courses.attachments.title')}>
          <CourseAttachmentsField disabled={!mayEdit} />
        </Form.Item>
      </Form>
      {c?.archivedAt ? <Alert type="info" showIcon title={t('training.courses.archivedHint')} /> : null}
    </Drawer>
  );
}

const COURSE_SORTS = { title: true, pass: true } as const;

export default function TrainingCoursesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const list = useListState({ sorts: COURSE_SORTS, paging: 'none' });
  const { params, update } = list;
  const mayEdit = useCan('courses.edit');
  const onlyOutdated = params.get('outdated') === '1';
  const includeArchived = params.get('archived') === '1';
  const query = useQuery(CoursesQuery, {
    variables: { includeArchived, outdated: onlyOutdated ? true : null },
  });
  const [refresh] = useMutation(RefreshCourseMutation, { refetchQueries: ['TrainingCourses'] });
  const [archive] = useMutation(ArchiveCourseMutation, { refetchQueries: ['TrainingCourses'] });
  const [open, setOpen] = useState<string | null>(null);

  const columns: TableColumnsType<CourseRowFragment> = [
    {
      key: 'title',
      title: t('training.courses.fields.title'),
      sorter: byText((c) => c.title),
      render: (_, c) => (
        <Space>
          <Typography.Link onClick={() => setOpen(c.id)} data-testid="course-open">
            {c.title}
          </Typography.Link>
          {c.outdated ? <OutdatedTag number={c.outdatedBy?.number} /> : null}
          {c.archivedAt ? <Tag data-testid="course-archived">{t('training.common.archived')}</Tag> : null}
          {c.attachmentCount ? (
            <Typography.Text type="secondary">
              <PaperClipOutlined /> {c.attachmentCount}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'handbook',
      title: t('training.courses.fields.handbook'),
      render: (_, c) =>
        `${c.handbook?.project?.code ?? ''} ${c.handbook?.name ?? '—'} · ${c.handbookVersion ? t('training.courses.versionLabel', { number: c.handbookVersion.number }) : ''}`,
    },
    {
      key: 'outdatedBy',
      title: t('training.common.outdated'),
      render: (_, c) =>
        c.outdated ? (
          <Typography.Text type="warning">{t('training.courses.outdatedBy', { number: c.outdatedBy?.number ?? '?' })}</Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'content',
      title: t('training.courses.fields.content'),
      width: 140,
      render: (_, c) => `${c.sectionKeys.length} / ${c.standardIds.length}`,
    },
    {
      key: 'pass',
      title: t('training.plans.passMark'),
      width: 90,
      sorter: byValue((c) => c.defaultPassMark),
      render: (_, c) => c.defaultPassMark,
    },
    {
      key: 'actions',
      width: 260,
      render: (_, c) => {
        if (!mayEdit || c.archivedAt) return null;
        const latest = c.handbook?.latest;
        const archiveButton = (
          <Popconfirm
            title={t('training.courses.archiveConfirm')}
            onConfirm={() =>
              void archive({ variables: { id: c.id } })
                .then(() => message.success(t('training.courses.archivedDone')))
                .catch((e: unknown) => reportError(e))
            }
          >
            <Button size="small" danger icon={<InboxOutlined />} data-testid="archive-course">
              {t('training.courses.archive')}
            </Button>
          </Popconfirm>
        );
        if (!c.outdated || !latest || latest.id === c.handbookVersionId) return archiveButton;
        return (
          <Space size={4}>
            <Popconfirm
              title={t('training.courses.refreshConfirm', { number: latest.number })}
              onConfirm={() =>
                void refresh({ variables: { id: c.id, handbookVersionId: latest.id } })
                  .then(() => message.success(t('training.courses.refreshed', { number: latest.number })))
                  .catch((e: unknown) => reportError(e))
              }
            >
              <Button size="small" icon={<SyncOutlined />} data-testid="refresh-course">
                {t('training.courses.refresh')}
              </Button>
            </Popconfirm>
            {archiveButton}
          </Space>
        );
      },
    },
  ];

  return (
    <div data-testid="training-courses-page">
      <PageHeader
        title={t('training.courses.title')}
        subTitle={t('training.courses.subtitle')}
        extra={
          mayEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')} data-testid="new-course">
              {t('training.courses.new')}
            </Button>
          ) : null
        }
      />
      <ListPage<CourseRowFragment>
        list={list}
        query={query}
        rows={query.data?.courses}
        columns={columns}
        filters={
          <Space>
            <Switch checked={onlyOutdated} onChange={(v) => update({ outdated: v ? '1' : undefined })} data-testid="only-outdated" />
            <span>{t('training.courses.onlyOutdated')}</span>
            <Switch checked={includeArchived} onChange={(v) => update({ archived: v ? '1' : undefined })} data-testid="courses-archived" />
            <span>{t('training.courses.showArchived')}</span>
          </Space>
        }
        empty={<EmptyState title={t('training.courses.empty')} hint={mayEdit ? t('training.courses.emptyHint') : undefined} />}
        testIds={{ table: 'courses-table' }}
        scroll={{ x: 900 }}
        onRow={(c) => ({ 'data-testid': 'course-row', 'data-outdated': c.outdated ? 'true' : 'false' }) as never}
      />
      <CourseDrawer id={open} onClose={() => setOpen(null)} />
    </div>
  );
}
