// 节假日: the company's holiday lists (days without inspections) — list, create, edit, delete.
// Dates are picked one by one or pasted many at once (one per line, ranges allowed).
import { useEffect, useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type ButtonProps,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { FREQUENCY_RULES } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { toApiError } from '../../lib/errors';
import { dayjs, formatDate, formatDateTime } from '../../lib/format';
import { length, required } from '../../lib/rules';
import { useCan } from '../../session/Allow';
import type { HolidayListFieldsFragment } from '../../gql/graphql';
import {
  CreateHolidayListMutation,
  DeleteHolidayListMutation,
  HolidayListsQuery,
  UpdateHolidayListMutation,
} from './inspection-planning.operations';
import { WEEKDAYS } from '../../components/recurrence/recurrence';
import { mergeDates, parseDateLines } from './planning';

const MAX_DATES = FREQUENCY_RULES.holidayDates.max;

function weekdayOf(date: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[(dayjs(date, 'YYYY-MM-DD').day() + 6) % 7];
}

/** The dates of a holiday list: add with a picker, paste many, remove one, clear. */
export function HolidayDatesInput({ value, onChange, id }: { value?: string[]; onChange?: (dates: string[]) => void; id?: string }) {
  const { t } = useTranslation();
  const dates = value ?? [];
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<{ added: number; invalid: string[] } | null>(null);

  const addPasted = () => {
    const { dates: parsed, invalid } = parseDateLines(text);
    const next = mergeDates(dates, parsed);
    onChange?.(next);
    setFeedback({ added: next.length - dates.length, invalid });
    setText(invalid.join('\n'));
  };

  return (
    <div id={id} data-testid="holiday-dates">
      <Space wrap style={{ marginBottom: 8 }}>
        <DatePicker
          value={null as Dayjs | null}
          onChange={(d: Dayjs | null) => d && onChange?.(mergeDates(dates, [d.format('YYYY-MM-DD')]))}
          placeholder={t('inspectionPlanning.holidays.pickDate')}
          aria-label={t('inspectionPlanning.holidays.addDate')}
          cellRender={(current, info) => {
            if (info.type !== 'date') return info.originNode;
            const chosen = dates.includes(dayjs(current as Dayjs).format('YYYY-MM-DD'));
            return chosen ? <div style={{ fontWeight: 600, textDecoration: 'underline' }}>{info.originNode}</div> : info.originNode;
          }}
          data-testid="holiday-date-picker"
        />
        <Button onClick={() => setPasting((p) => !p)} data-testid="holiday-paste-toggle">
          {t('inspectionPlanning.holidays.paste')}
        </Button>
        {dates.length ? (
          <Button type="link" danger onClick={() => onChange?.([])}>
            {t('inspectionPlanning.holidays.clear')}
          </Button>
        ) : null}
      </Space>
      {pasting ? (
        <div style={{ marginBottom: 12 }}>
          <label htmlFor="holiday-paste" style={{ display: 'block', marginBottom: 4 }}>
            {t('inspectionPlanning.holidays.pasteLabel')}
          </label>
          <Input.TextArea
            id="holiday-paste"
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 3, maxRows: 10 }}
            placeholder={t('inspectionPlanning.holidays.pastePlaceholder')}
            data-testid="holiday-paste"
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>
            {t('inspectionPlanning.holidays.pasteHint')}
          </Typography.Paragraph>
          <Button size="small" onClick={addPasted} disabled={!text.trim()} data-testid="holiday-paste-add">
            {t('inspectionPlanning.holidays.pasteAdd')}
          </Button>
          {feedback ? (
            <div style={{ marginTop: 4 }} data-testid="holiday-paste-feedback">
              <Typography.Text type="success">{t('inspectionPlanning.holidays.pasteAdded', { n: feedback.added })}</Typography.Text>
              {feedback.invalid.length ? (
                <Typography.Text type="danger" style={{ display: 'block' }}>
                  {t('inspectionPlanning.holidays.pasteInvalid', { lines: feedback.invalid.join(t('common.listSeparator')) })}
                </Typography.Text>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      {dates.length ? (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, maxHeight: 220, overflowY: 'auto' }} data-testid="holiday-date-tags">
          {dates.map((d) => (
            <Tag
              key={d}
              closable
              onClose={(e) => {
                e.preventDefault();
                onChange?.(dates.filter((x) => x !== d));
              }}
              style={{ marginInlineEnd: 0, fontVariantNumeric: 'tabular-nums' }}
            >
              {d} {t(`recurrence.weekdays.${weekdayOf(d)}`)}
            </Tag>
          ))}
        </div>
      ) : (
        <Typography.Text type="secondary">{t('inspectionPlanning.holidays.noDates')}</Typography.Text>
      )}
    </div>
  );
}

interface HolidayFormValues {
  name: string;
  dates: string[];
}

function HolidayListModal({
  open,
  list,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** null = a new list */
  list: HolidayListFieldsFragment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<HolidayFormValues>();
  const [dirty, setDirty] = useState(false);
  const [create, creating] = useMutation(CreateHolidayListMutation);
  const [update, updating] = useMutation(UpdateHolidayListMutation);
  const saving = creating.loading || updating.loading;
  const dates = Form.useWatch('dates', form) ?? [];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(list ? { name: list.name, dates: [...list.dates] } : { name: '', dates: [] });
    setDirty(false);
  }, [form, list, open]);

  const close = () => {
    if (!dirty || saving) return onClose();
    modal.confirm({
      title: t('unsaved.title'),
      content: t('unsaved.content'),
      okText: t('unsaved.leave'),
      cancelText: t('unsaved.stay'),
      okButtonProps: { danger: true },
      onOk: onClose,
    });
  };

  const onFinish = async (v: HolidayFormValues) => {
    const input = { name: v.name.trim(), dates: mergeDates(v.dates ?? []) };
    try {
      if (list) await update({ variables: { id: list.id, input, expectedVersion: list.version } });
      else await create({ variables: { input } });
      void message.success(list ? t('inspectionPlanning.holidays.saved') : t('inspectionPlanning.holidays.created'));
      setDirty(false);
      onSaved();
      onClose();
    } catch (e) {
      reportError(e, { form, fields: ['name', 'dates'], onReload: onSaved });
    }
  };

  return (
    <Modal
      open={open}
      title={list ? t('inspectionPlanning.holidays.editTitle') : t('inspectionPlanning.holidays.newTitle')}
      okText={saving ? t('common.saving') : t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      width={680}
      destroyOnHidden
      mask={{ closable: !saving }}
      okButtonProps={{ loading: saving, disabled: saving, 'data-testid': 'holiday-save' } as ButtonProps}
      data-testid="holiday-modal"
    >
      <Form<HolidayFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        onValuesChange={() => setDirty(true)}
        disabled={saving}
        style={{ marginTop: 12 }}
      >
        <Form.Item
          name="name"
          label={t('inspectionPlanning.holidays.name')}
          rules={[required(t), ...length(t, FREQUENCY_RULES.holidayListName)]}
          validateFirst
        >
          <Input placeholder={t('inspectionPlanning.holidays.namePlaceholder')} autoComplete="off" data-testid="holiday-name" />
        </Form.Item>
        <Form.Item
          name="dates"
          label={t('inspectionPlanning.holidays.datesLabel', { n: dates.length })}
          rules={[
            {
              validator: (_r, v: string[] | undefined) =>
                (v ?? []).length > MAX_DATES
                  ? Promise.reject(new Error(t('inspectionPlanning.holidays.tooMany', { max: MAX_DATES })))
                  : Promise.resolve(),
            },
          ]}
        >
          <HolidayDatesInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function HolidaysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const canPlan = useCan('inspections.plan');
  const { data, previousData, loading, error, refetch } = useQuery(HolidayListsQuery, { notifyOnNetworkStatusChange: true });
  const [remove] = useMutation(DeleteHolidayListMutation);
  const [editing, setEditing] = useState<HolidayListFieldsFragment | 'new' | null>(null);
  const lists = (data ?? previousData)?.holidayLists;

  const onDelete = async (row: HolidayListFieldsFragment) => {
    try {
      await remove({ variables: { id: row.id } });
      void message.success(t('inspectionPlanning.holidays.deleted', { name: row.name }));
      void refetch();
    } catch (e) {
      const problem = toApiError(e);
      const inUse =
        problem.code === 'BAD_USER_INPUT' ? problem.fields.find((f) => f.params && typeof f.params.count === 'number') : undefined;
      if (inUse) {
        void message.error(t('inspectionPlanning.holidays.inUse', { n: inUse.params!.count as number, name: row.name }));
        return;
      }
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const columns: TableColumnsType<HolidayListFieldsFragment> = [
    { key: 'name', title: t('inspectionPlanning.holidays.name'), render: (_, row) => <span style={{ fontWeight: 500 }}>{row.name}</span> },
    {
      key: 'count',
      title: t('inspectionPlanning.holidays.dates'),
      width: 100,
      render: (_, row) => t('inspectionPlanning.holidays.count', { n: row.dates.length }),
    },
    {
      key: 'range',
      title: t('inspectionPlanning.holidays.period'),
      render: (_, row) =>
        row.dates.length ? (
          <Space orientation="vertical" size={2}>
            <span>
              {t('inspectionPlanning.holidays.range', { from: formatDate(row.dates[0]), to: formatDate(row.dates[row.dates.length - 1]) })}
            </span>
            <Space size={4} wrap>
              {row.dates.slice(0, 6).map((d) => (
                <Tag key={d} style={{ marginInlineEnd: 0 }}>
                  {d}
                </Tag>
              ))}
              {row.dates.length > 6 ? <Typography.Text type="secondary">…</Typography.Text> : null}
            </Space>
          </Space>
        ) : (
          t('common.none')
        ),
    },
    { key: 'updated', title: t('common.updatedAt'), width: 180, render: (_, row) => formatDateTime(row.updatedAt) },
  ];
  if (canPlan) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(row)} data-testid="edit-holiday-list">
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('inspectionPlanning.holidays.deleteTitle')}
            description={t('inspectionPlanning.holidays.deleteConfirm')}
            okText={t('inspectionPlanning.holidays.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onDelete(row)}
          >
            <Button type="link" size="small" danger data-testid="delete-holiday-list">
              {t('inspectionPlanning.holidays.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  const newButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-holiday-list">
      {t('inspectionPlanning.holidays.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('inspectionPlanning.holidays.title')}
        subTitle={t('inspectionPlanning.holidays.subtitle')}
        extra={canPlan ? newButton : undefined}
      />
      <Card variant="borderless">
        {!lists && loading ? (
          <TableSkeleton />
        ) : !lists ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
            <Table<HolidayListFieldsFragment>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={lists}
              loading={loading}
              pagination={false}
              scroll={{ x: 800 }}
              data-testid="holiday-lists-table"
              locale={{
                emptyText: (
                  <EmptyState
                    title={t('inspectionPlanning.holidays.empty')}
                    hint={canPlan ? t('inspectionPlanning.holidays.emptyHint') : t('inspectionPlanning.holidays.emptyReadOnly')}
                    action={
                      canPlan ? (
                        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                          {t('inspectionPlanning.holidays.new')}
                        </Button>
                      ) : undefined
                    }
                  />
                ),
              }}
            />
          </>
        )}
      </Card>
      <HolidayListModal
        open={editing !== null}
        list={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => void refetch()}
      />
    </>
  );
}
