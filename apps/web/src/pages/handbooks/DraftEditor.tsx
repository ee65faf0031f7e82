// 草稿编辑: the whole draft of a handbook — sections (order, rename, delete), their standards
// (order, remove, overrides of requirement/score, note, add from the library) and service
// frequencies (builder) — saved whole with the draft's version; CONFLICT, field errors at their
// row and cell, unsaved-changes guard, publish with a summary and the diff, discard. The editor's
// frame and behaviour are the shared versioned-document editor's (components/versioned-document);
// this file renders a handbook section's standards and frequencies.
import { memo, useMemo, useState } from 'react';
import { App, Badge, Button, Input, Space, Table, Tag, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE } from '@pinzhi/domain';
import { useLocale } from '../../app/LocaleProvider';
import { CellError, EnglishText, MoveButtons, SectionCard as SectionFrame } from '../../components/versioned-document/parts';
import { useVersionedDraft, type Edit } from '../../components/versioned-document/useVersionedDraft';
import { VersionedDocumentEditor, type SectionHandlers } from '../../components/versioned-document/VersionedDocumentEditor';
import { CriticalTag } from '../standards/StandardLabels';
import { AddStandardsModal } from './AddStandardsModal';
import { FrequencyModal, type FrequencyValues } from './FrequencyModal';
import { PublishModal } from './PublishModal';
import { HANDBOOK_RECURRENCE, describeRule, wrappable } from '../../components/recurrence/recurrence';
import { sectionTitle, taskTitle, useWhere } from './VersionView';
import {
  DRAFT_LIMITS,
  adoptKeys,
  applySaved,
  draftFingerprint,
  draftReducer,
  draftToInput,
  mapServerProblems,
  validateDraft,
  versionToDraft,
  type DraftAction,
  type DraftErrors,
  type DraftFrequency,
  type DraftItem,
  type DraftSection,
  type VersionContent,
} from './draft';
import { DiscardHandbookDraftMutation, SaveHandbookDraftMutation } from './handbooks.operations';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import type { HandbookHeaderFragment } from '../../gql/graphql';

type Zone = { id: string; name: string };

const TEXTS = 'draft';

interface HandbookSectionProps {
  section: DraftSection;
  index: number;
  count: number;
  errors: DraftErrors['byUid'];
  zones: readonly Zone[];
  edit: Edit<DraftAction>;
  handlers: SectionHandlers<DraftSection>;
  onFrequency: (section: DraftSection, frequency: DraftFrequency | null) => void;
}

/** A handbook section: its standards (with their overrides) and its service frequencies. */
const HandbookSection = memo(function HandbookSection({
  section,
  index,
  count,
  errors,
  zones,
  edit,
  handlers,
  onFrequency,
}: HandbookSectionProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { token } = theme.useToken();
  const where = useWhere(zones);
  const own = errors[section.uid] ?? {};
  const s = section.uid;

  const itemColumns: TableColumnsType<DraftItem> = [
    { key: 'n', title: '#', width: 44, render: (_, _i, n) => n + 1 },
    {
      key: 'standard',
      title: t('handbooks.standard'),
      width: 230,
      render: (_, item) => (
        <div>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {item.standard.code}
          </Typography.Text>
          <div style={{ fontWeight: 500 }}>
            {language === 'en-US' ? item.standard.titleEn || item.standard.titleZh : item.standard.titleZh}
          </div>
          <Space size={4} wrap style={{ marginTop: 2 }}>
            {item.standard.critical ? <CriticalTag /> : null}
            {item.key === null ? (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {t('draft.new')}
              </Tag>
            ) : null}
            {item.requirementZh.trim() || item.requirementEn.trim() || item.score !== null ? (
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                {t('handbooks.overridden')}
              </Tag>
            ) : null}
            {item.standard.archivedAt ? <Tag style={{ marginInlineEnd: 0 }}>{t('standards.archived')}</Tag> : null}
          </Space>
          <CellError message={errors[item.uid]?.standardId ?? errors[item.uid]?._ ?? errors[item.uid]?.key} />
        </div>
      ),
    },
    {
      key: 'requirement',
      title: (
        <Tooltip title={t('draft.overrideHint')}>
          <span>{t('draft.requirementOverride')}</span>
        </Tooltip>
      ),
      render: (_, item) => (
        <div>
          <Input.TextArea
            value={item.requirementZh}
            placeholder={item.standard.requirementZh}
            autoSize={{ minRows: 2, maxRows: 6 }}
            status={errors[item.uid]?.requirementZh ? 'error' : undefined}
            onChange={(e) =>
              edit(
                { type: 'updateItem', section: s, item: item.uid, patch: { requirementZh: e.target.value } },
                { uid: item.uid, fields: ['requirementZh'] },
              )
            }
            aria-label={`${t('draft.requirementOverride')} ${item.standard.code}`}
            data-testid="item-requirement-zh"
          />
          <CellError message={errors[item.uid]?.requirementZh} />
          <EnglishText
            value={item.requirementEn}
            label={t('draft.requirementOverrideEn')}
            placeholder={item.standard.requirementEn || t('draft.requirementEnPlaceholder')}
            ariaLabel={`${t('draft.requirementOverrideEn')} ${item.standard.code}`}
            error={errors[item.uid]?.requirementEn}
            onChange={(requirementEn) =>
              edit(
                { type: 'updateItem', section: s, item: item.uid, patch: { requirementEn } },
                { uid: item.uid, fields: ['requirementEn'] },
              )
            }
          />
        </div>
      ),
    },
    {
      key: 'score',
      title: t('handbooks.score'),
      width: 96,
      render: (_, item) => (
        <div>
          <NumberInput
            value={item.score}
            min={DRAFT_LIMITS.score.min}
            max={DRAFT_LIMITS.score.max}
            integer
            placeholder={String(item.standard.defaultScore)}
            status={errors[item.uid]?.score ? 'error' : undefined}
            onChange={(v) =>
              edit(
                { type: 'updateItem', section: s, item: item.uid, patch: { score: typeof v === 'number' ? v : null } },
                { uid: item.uid, fields: ['score'] },
              )
            }
            style={{ width: 76 }}
            aria-label={`${t('handbooks.score')} ${item.standard.code}`}
            data-testid="item-score"
          />
          <CellError message={errors[item.uid]?.score} />
        </div>
      ),
    },
    {
      key: 'note',
      title: t('draft.note'),
      width: 170,
      render: (_, item) => (
        <div>
          <Input.TextArea
            value={item.note}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={t('common.optional')}
            status={errors[item.uid]?.note ? 'error' : undefined}
            onChange={(e) =>
              edit({ type: 'updateItem', section: s, item: item.uid, patch: { note: e.target.value } }, { uid: item.uid, fields: ['note'] })
            }
            aria-label={`${t('draft.note')} ${item.standard.code}`}
          />
          <CellError message={errors[item.uid]?.note} />
        </div>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 104,
      render: (_, item, n) => (
        <Space size={0}>
          <MoveButtons
            texts={TEXTS}
            label={item.standard.code}
            first={n === 0}
            last={n === section.items.length - 1}
            onUp={() => edit({ type: 'moveItem', section: s, item: item.uid, delta: -1 })}
            onDown={() => edit({ type: 'moveItem', section: s, item: item.uid, delta: 1 })}
          />
          <ConfirmDeleteButton
            label={t('draft.removeStandard')}
            subject={item.standard.code}
            description={t('draft.removeStandardConfirm', { code: item.standard.code })}
            onConfirm={() => edit({ type: 'removeItem', section: s, item: item.uid })}
            testId="remove-item"
          />
        </Space>
      ),
    },
  ];

  const frequencyColumns: TableColumnsType<DraftFrequency> = [
    { key: 'n', title: '#', width: 44, render: (_, _f, n) => n + 1 },
    {
      key: 'task',
      title: t('draft.task'),
      width: 220,
      render: (_, f) => (
        <div>
          <div style={{ fontWeight: 500 }}>{taskTitle(f, language)}</div>
          {language === 'zh-CN' && f.taskEn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.taskEn}
            </Typography.Text>
          ) : null}
          {f.key === null ? (
            <Tag color="green" style={{ marginInlineStart: 0, marginTop: 2 }}>
              {t('draft.new')}
            </Tag>
          ) : null}
          <CellError message={errors[f.uid]?.taskZh ?? errors[f.uid]?.taskEn ?? errors[f.uid]?._ ?? errors[f.uid]?.key} />
        </div>
      ),
    },
    {
      key: 'where',
      title: t('draft.where'),
      width: 150,
      render: (_, f) => (
        <div>
          {where(f)}
          <CellError message={errors[f.uid]?.zoneId ?? errors[f.uid]?.locationZh} />
        </div>
      ),
    },
    {
      key: 'frequency',
      title: t('draft.frequency'),
      render: (_, f) => (
        <div>
          <div>{describeRule(f.rrule, language, HANDBOOK_RECURRENCE)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {wrappable(f.rrule)}
          </Typography.Text>
          <CellError message={errors[f.uid]?.rrule} />
        </div>
      ),
    },
    {
      key: 'note',
      title: t('draft.note'),
      width: 160,
      render: (_, f) => (
        <div>
          {f.note}
          <CellError message={errors[f.uid]?.note} />
        </div>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 136,
      render: (_, f, n) => (
        <Space size={0}>
          <Tooltip title={t('common.edit')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => onFrequency(section, f)}
              aria-label={`${t('common.edit')} ${f.taskZh}`}
              data-testid="edit-frequency"
            />
          </Tooltip>
          <MoveButtons
            texts={TEXTS}
            label={f.taskZh}
            first={n === 0}
            last={n === section.frequencies.length - 1}
            onUp={() => edit({ type: 'moveFrequency', section: s, frequency: f.uid, delta: -1 })}
            onDown={() => edit({ type: 'moveFrequency', section: s, frequency: f.uid, delta: 1 })}
          />
          <ConfirmDeleteButton
            label={t('draft.removeFrequency')}
            subject={f.taskZh}
            description={t('draft.removeFrequencyConfirm', { task: f.taskZh })}
            onConfirm={() => edit({ type: 'removeFrequency', section: s, frequency: f.uid })}
          />
        </Space>
      ),
    },
  ];

  return (
    <SectionFrame
      texts={TEXTS}
      section={section}
      index={index}
      count={count}
      errors={own}
      edit={edit}
      onRename={handlers.onRename}
      deleteConfirm={t('draft.deleteSectionConfirm', { items: section.items.length, frequencies: section.frequencies.length })}
      testId="draft-section"
      anchor
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong>
          {t('handbooks.standards')} <Badge count={section.items.length} showZero color={token.colorTextQuaternary} />
        </Typography.Text>
        <Button size="small" icon={<PlusOutlined />} onClick={() => handlers.onAddItems(section)} data-testid="add-from-library">
          {t('draft.addFromLibrary')}
        </Button>
      </div>
      <CellError message={own.items} />
      <Table<DraftItem>
        rowKey="uid"
        size="small"
        columns={itemColumns}
        dataSource={section.items}
        pagination={false}
        scroll={{ x: 980 }}
        onRow={(item) => ({ 'data-code': item.standard.code }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Typography.Text type="secondary">{t('draft.noStandardsYet')}</Typography.Text> }}
        data-testid="draft-items"
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', margin: '20px 0 8px' }}>
        <Typography.Text strong>
          {t('handbooks.serviceFrequencies')} <Badge count={section.frequencies.length} showZero color={token.colorTextQuaternary} />
        </Typography.Text>
        <Button size="small" icon={<PlusOutlined />} onClick={() => onFrequency(section, null)} data-testid="add-frequency">
          {t('draft.addFrequency')}
        </Button>
      </div>
      <CellError message={own.frequencies} />
      <Table<DraftFrequency>
        rowKey="uid"
        size="small"
        columns={frequencyColumns}
        dataSource={section.frequencies}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(f) => ({ 'data-task': f.taskZh }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Typography.Text type="secondary">{t('draft.noFrequenciesYet')}</Typography.Text> }}
        data-testid="draft-frequencies"
      />
    </SectionFrame>
  );
});

export function DraftEditor({
  handbook,
  draft,
  onReload,
  onPublished,
  onDiscarded,
}: {
  handbook: HandbookHeaderFragment;
  draft: VersionContent;
  /** Reloads the handbook and starts the editor again from the server's draft. */
  onReload: () => Promise<unknown> | void;
  onPublished: (number: number) => Promise<unknown> | void;
  onDiscarded: () => Promise<unknown> | void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { message } = App.useApp();
  const [frequencyFor, setFrequencyFor] = useState<{ section: DraftSection; frequency: DraftFrequency | null } | null>(null);
  const [save] = useMutation(SaveHandbookDraftMutation);
  const [discard] = useMutation(DiscardHandbookDraftMutation);
  const editor = useVersionedDraft({
    draft,
    texts: TEXTS,
    toDoc: versionToDraft,
    reducer: draftReducer,
    fingerprint: draftFingerprint,
    validate: validateDraft,
    mapServerProblems,
    applySaved,
    adoptKeys,
    save: async (doc, expectedVersion) =>
      (await save({ variables: { handbookId: handbook.id, input: draftToInput(doc), expectedVersion } })).data?.saveHandbookDraft,
    discard: () => discard({ variables: { handbookId: handbook.id } }),
    onReload,
    onPublished,
    onDiscarded,
  });
  const { doc, edit, errors } = editor;
  const zones = handbook.project?.property.zones ?? [];
  const isTemplate = handbook.kind === 'TEMPLATE';
  const timeZone = handbook.project?.timeZone ?? DEFAULT_TIME_ZONE;

  const onFrequency = useMemo(
    () => (section: DraftSection, frequency: DraftFrequency | null) => setFrequencyFor({ section, frequency }),
    [],
  );
  const saveFrequency = (values: FrequencyValues) => {
    if (!frequencyFor) return;
    const { section, frequency } = frequencyFor;
    if (frequency) {
      edit(
        { type: 'updateFrequency', section: section.uid, frequency: frequency.uid, patch: values },
        { uid: frequency.uid, fields: ['taskZh', 'taskEn', 'zoneId', 'locationZh', 'rrule', 'note', '_'] },
      );
    } else edit({ type: 'addFrequency', section: section.uid, frequency: values });
    setFrequencyFor(null);
  };

  const counts = useMemo(
    () => ({
      sections: doc.sections.length,
      items: doc.sections.reduce((n, s) => n + s.items.length, 0),
      frequencies: doc.sections.reduce((n, s) => n + s.frequencies.length, 0),
    }),
    [doc],
  );

  return (
    <VersionedDocumentEditor<DraftSection, typeof doc, DraftAction>
      editor={editor}
      testIds={{
        root: 'draft-editor',
        toolbar: 'draft-toolbar',
        status: 'draft-status',
        addSection: 'add-section',
        discard: 'discard-draft',
        confirmDiscard: 'confirm-discard',
        save: 'save-draft',
        publish: 'publish',
        conflict: 'draft-conflict',
        reload: 'reload-draft',
        errors: 'draft-errors',
        section: 'draft-section',
        sectionTitleOk: 'save-section-title',
        sectionTitleForm: 'section-title-form',
      }}
      latestNumber={handbook.latestNumber}
      timeZone={timeZone}
      draftTag={t('draft.draftOf', { base: draft.basedOnNumber ? `V${draft.basedOnNumber}` : t('draft.noBase') })}
      counts={t('draft.counts', counts)}
      publishDisabled={!doc.sections.length}
      publishHint={doc.sections.length ? undefined : t('draft.needSection')}
      emptyHint={isTemplate ? t('draft.noSectionsTemplateHint') : t('draft.noSectionsHint')}
      sectionTitleLimits={DRAFT_LIMITS}
      renderSection={(section, i, handlers) => (
        <HandbookSection
          key={section.uid}
          section={section}
          index={i}
          count={doc.sections.length}
          errors={errors.byUid}
          zones={zones}
          edit={edit}
          handlers={handlers}
          onFrequency={onFrequency}
        />
      )}
      library={({ section, onClose }) => (
        <AddStandardsModal
          open={!!section}
          sectionTitle={section ? sectionTitle(section, language) : ''}
          format={handbook.format}
          present={new Set(section?.items.map((i) => i.standard.id) ?? [])}
          onCancel={onClose}
          onAdd={(standards) => {
            if (section) edit({ type: 'addItems', section: section.uid, standards });
            void message.success(t('draft.standardsAdded', { count: standards.length }));
            onClose();
          }}
        />
      )}
      publish={(slot) => (
        <PublishModal
          {...slot}
          handbookId={handbook.id}
          latestNumber={handbook.latestNumber}
          counts={counts}
          zones={zones}
          sectionTitles={new Map(doc.sections.filter((s) => s.key).map((s) => [s.key!, s.titleZh]))}
        />
      )}
    >
      <FrequencyModal
        open={!!frequencyFor}
        frequency={frequencyFor?.frequency ?? null}
        zones={zones}
        isTemplate={isTemplate}
        timeZone={timeZone}
        onCancel={() => setFrequencyFor(null)}
        onSave={saveFrequency}
      />
    </VersionedDocumentEditor>
  );
}
