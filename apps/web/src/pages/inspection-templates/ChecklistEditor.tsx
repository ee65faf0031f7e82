// 草稿编辑: the whole checklist draft — pass mark, sections (add, rename, reorder, delete) and their
// items (added from the standards library; points, checkpoint wording, deductions, N/A allowed,
// critical; reorder, remove) — saved whole with the draft's version; CONFLICT, field errors at
// their item and cell, unsaved-changes guard, publish with a change summary, discard. The editor's
// frame and behaviour are the shared versioned-document editor's (components/versioned-document);
// this file renders the pass mark and a section's items.
import { memo, useMemo } from 'react';
import { App, Button, Card, Checkbox, Input, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PropertyFormat } from '@pinzhi/domain';
import { useLocale } from '../../app/LocaleProvider';
import { CellError, EnglishText, MoveButtons, SectionCard as SectionFrame } from '../../components/versioned-document/parts';
import { useVersionedDraft, type Edit } from '../../components/versioned-document/useVersionedDraft';
import { VersionedDocumentEditor, type SectionHandlers } from '../../components/versioned-document/VersionedDocumentEditor';
import { AddStandardsModal } from '../handbooks/AddStandardsModal';
import {
  DOC_UID,
  LIMITS,
  adoptKeys,
  applySaved,
  checklistReducer,
  draftFingerprint,
  draftToInput,
  draftTotals,
  itemCode,
  mapServerProblems,
  sectionTitle,
  validateChecklist,
  versionToDraft,
  type ChecklistAction,
  type ChecklistErrors,
  type ChecklistVersion,
  type DeductionPatch,
  type DraftItem,
  type ItemPatch,
  type DraftSection,
} from './checklist';
import { StandardCell } from './ChecklistView';
import { DiscardInspectionTemplateDraftMutation, SaveInspectionTemplateDraftMutation } from './inspection-templates.operations';
import { PublishChecklistModal } from './PublishChecklistModal';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import type { InspectionTemplateHeaderFragment } from '../../gql/graphql';

type Errors = ChecklistErrors['byUid'];
const TEXTS = 'inspectionTemplates.editor';

interface ItemRowProps {
  section: string;
  item: DraftItem;
  index: number;
  count: number;
  errors: Errors;
  edit: Edit<ChecklistAction>;
}

const ItemRow = memo(function ItemRow({ section, item, index, count, errors, edit }: ItemRowProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const code = itemCode(item);
  const own = errors[item.uid] ?? {};
  const update = (patch: ItemPatch, fields: string[]) =>
    edit({ type: 'updateItem', section, item: item.uid, patch }, { uid: item.uid, fields });
  const rowError = own.standardId ?? own._ ?? own.key;

  return (
    <div
      data-testid={`checklist-item-${code}`}
      data-code={code}
      style={{
        border: `1px solid ${rowError ? token.colorErrorBorder : token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        padding: '10px 12px',
        marginBottom: 8,
        background: token.colorBgContainer,
      }}
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', gap: 10, alignItems: 'flex-start', minWidth: 0 }}>
          <Typography.Text type="secondary" style={{ minWidth: 20 }}>
            {index + 1}
          </Typography.Text>
          <div style={{ minWidth: 0 }}>
            <StandardCell standard={item.standard} />
            {item.key === null ? (
              <Tag color="green" style={{ marginInlineEnd: 0, marginTop: 2 }}>
                {t('inspectionTemplates.editor.new')}
              </Tag>
            ) : null}
            <CellError message={rowError} />
          </div>
        </div>
        <Space size={0}>
          <MoveButtons
            texts={TEXTS}
            label={code}
            first={index === 0}
            last={index === count - 1}
            onUp={() => edit({ type: 'moveItem', section, item: item.uid, delta: -1 })}
            onDown={() => edit({ type: 'moveItem', section, item: item.uid, delta: 1 })}
          />
          <ConfirmDeleteButton
            label={t('inspectionTemplates.editor.removeItem')}
            subject={code}
            description={t('inspectionTemplates.editor.removeItemConfirm', { code })}
            onConfirm={() => edit({ type: 'removeItem', section, item: item.uid })}
            testId="remove-item"
          />
        </Space>
      </div>

      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginTop: 8, paddingInlineStart: 30 }}>
        <div style={{ flex: '1 1 320px', minWidth: 240 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inspectionTemplates.editor.checkpoint')}
          </Typography.Text>
          <Input.TextArea
            value={item.checkpointZh}
            placeholder={item.standard?.requirementZh}
            autoSize={{ minRows: 2, maxRows: 6 }}
            status={own.checkpointZh ? 'error' : undefined}
            onChange={(e) => update({ checkpointZh: e.target.value }, ['checkpointZh'])}
            aria-label={`${t('inspectionTemplates.editor.checkpoint')} ${code}`}
            data-testid="item-checkpoint"
          />
          <CellError message={own.checkpointZh} />
          <EnglishText
            value={item.checkpointEn}
            label={t('inspectionTemplates.editor.checkpointEn')}
            placeholder={item.standard?.requirementEn || t('inspectionTemplates.editor.checkpointEnPlaceholder')}
            ariaLabel={`${t('inspectionTemplates.editor.checkpointEn')} ${code}`}
            error={own.checkpointEn}
            onChange={(checkpointEn) => update({ checkpointEn }, ['checkpointEn'])}
          />
        </div>
        <div style={{ width: 96 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inspectionTemplates.editor.points')}
          </Typography.Text>
          <NumberInput
            value={item.points}
            min={LIMITS.points.min}
            max={LIMITS.points.max}
            integer
            status={own.points ? 'error' : undefined}
            onChange={(v) => update({ points: typeof v === 'number' ? v : null }, ['points'])}
            style={{ width: 88 }}
            aria-label={`${t('inspectionTemplates.editor.points')} ${code}`}
            data-testid="item-points"
          />
          <CellError message={own.points} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 6, paddingTop: 18, minWidth: 120 }}>
          <Checkbox checked={item.naAllowed} onChange={(e) => update({ naAllowed: e.target.checked }, ['naAllowed'])} data-testid="item-na">
            {t('inspectionTemplates.editor.naAllowed')}
          </Checkbox>
          <Checkbox
            checked={item.critical}
            onChange={(e) => update({ critical: e.target.checked }, ['critical'])}
            data-testid="item-critical"
          >
            <Tooltip title={t('inspectionTemplates.view.criticalHint')}>
              <span>{t('inspectionTemplates.editor.critical')}</span>
            </Tooltip>
          </Checkbox>
        </div>
      </div>

      <div style={{ marginTop: 8, paddingInlineStart: 30 }} data-testid="item-deductions">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inspectionTemplates.editor.deductions')}
        </Typography.Text>
        {item.deductions.length === 0 ? (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inspectionTemplates.editor.noDeductions')}
            </Typography.Text>
          </div>
        ) : null}
        {item.deductions.map((d, k) => {
          const de = errors[d.uid] ?? {};
          const touch = (patch: DeductionPatch, fields: string[]) =>
            edit({ type: 'updateDeduction', section, item: item.uid, deduction: d.uid, patch }, { uid: d.uid, fields });
          return (
            <div
              key={d.uid}
              style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start', marginTop: 4 }}
              data-testid="deduction-row"
            >
              <div style={{ flex: '1 1 220px' }}>
                <Input
                  size="small"
                  value={d.labelZh}
                  placeholder={t('inspectionTemplates.editor.deductionLabelPlaceholder')}
                  status={de.labelZh ? 'error' : undefined}
                  onChange={(e) => touch({ labelZh: e.target.value }, ['labelZh'])}
                  aria-label={`${t('inspectionTemplates.editor.deductionLabel')} ${code} ${k + 1}`}
                  data-testid="deduction-label"
                />
                <CellError message={de.labelZh ?? de._ ?? de.key} />
              </div>
              <div style={{ flex: '1 1 160px' }}>
                <Input
                  size="small"
                  value={d.labelEn}
                  placeholder={t('inspectionTemplates.editor.deductionLabelEn')}
                  status={de.labelEn ? 'error' : undefined}
                  onChange={(e) => touch({ labelEn: e.target.value }, ['labelEn'])}
                  aria-label={`${t('inspectionTemplates.editor.deductionLabelEn')} ${code} ${k + 1}`}
                />
                <CellError message={de.labelEn} />
              </div>
              <div>
                <NumberInput
                  size="small"
                  prefix="−"
                  value={d.points}
                  min={LIMITS.points.min}
                  max={LIMITS.points.max}
                  integer
                  status={de.points ? 'error' : undefined}
                  onChange={(v) => touch({ points: typeof v === 'number' ? v : null }, ['points'])}
                  style={{ width: 88 }}
                  aria-label={`${t('inspectionTemplates.editor.deductionPoints')} ${code} ${k + 1}`}
                  data-testid="deduction-points"
                />
                <CellError message={de.points} />
              </div>
              <Tooltip title={t('inspectionTemplates.editor.removeDeduction')}>
                <Button
                  size="small"
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => edit({ type: 'removeDeduction', section, item: item.uid, deduction: d.uid })}
                  aria-label={`${t('inspectionTemplates.editor.removeDeduction')} ${code} ${k + 1}`}
                />
              </Tooltip>
            </div>
          );
        })}
        <CellError message={own.deductions} />
        <Button
          type="link"
          size="small"
          icon={<PlusOutlined />}
          style={{ paddingInline: 0, marginTop: 2 }}
          disabled={item.deductions.length >= LIMITS.deductionsPerItem.max}
          onClick={() => edit({ type: 'addDeduction', section, item: item.uid }, { uid: item.uid, fields: ['deductions'] })}
          data-testid="add-deduction"
        >
          {t('inspectionTemplates.editor.addDeduction')}
        </Button>
      </div>
    </div>
  );
});

interface ChecklistSectionProps {
  section: DraftSection;
  index: number;
  count: number;
  errors: Errors;
  edit: Edit<ChecklistAction>;
  handlers: SectionHandlers<DraftSection>;
}

/** A checklist section: its items with their points and deductions. */
const ChecklistSection = memo(function ChecklistSection({ section, index, count, errors, edit, handlers }: ChecklistSectionProps) {
  const { t } = useTranslation();
  const own = errors[section.uid] ?? {};
  const s = section.uid;
  const points = section.items.reduce((n, i) => n + (i.points ?? 0), 0);

  return (
    <SectionFrame
      texts={TEXTS}
      section={section}
      index={index}
      count={count}
      errors={own}
      edit={edit}
      onRename={handlers.onRename}
      deleteConfirm={t('inspectionTemplates.editor.deleteSectionConfirm', { items: section.items.length })}
      testId="template-draft-section"
      size="small"
      renameNamesSection
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8, gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text strong>
          {t('inspectionTemplates.editor.items')}{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {t('inspectionTemplates.view.sectionTotals', { items: section.items.length, points })}
          </Typography.Text>
        </Typography.Text>
        <Button size="small" icon={<PlusOutlined />} onClick={() => handlers.onAddItems(section)} data-testid="template-add-items">
          {t('inspectionTemplates.editor.addItems')}
        </Button>
      </div>
      <CellError message={own.items} />
      {section.items.length === 0 ? (
        <Typography.Text type="secondary">{t('inspectionTemplates.editor.noItemsYet')}</Typography.Text>
      ) : (
        section.items.map((item, n) => (
          <ItemRow key={item.uid} section={s} item={item} index={n} count={section.items.length} errors={errors} edit={edit} />
        ))
      )}
    </SectionFrame>
  );
});

export function ChecklistEditor({
  template,
  draft,
  onReload,
  onPublished,
  onDiscarded,
}: {
  template: InspectionTemplateHeaderFragment;
  draft: ChecklistVersion;
  /** Reloads the template and starts the editor again from the server's draft. */
  onReload: () => Promise<unknown> | void;
  onPublished: (number: number) => Promise<unknown> | void;
  onDiscarded: () => Promise<unknown> | void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { message } = App.useApp();
  const [save] = useMutation(SaveInspectionTemplateDraftMutation);
  const [discard] = useMutation(DiscardInspectionTemplateDraftMutation);
  const editor = useVersionedDraft({
    draft,
    texts: TEXTS,
    toDoc: versionToDraft,
    reducer: checklistReducer,
    fingerprint: draftFingerprint,
    validate: validateChecklist,
    mapServerProblems,
    applySaved,
    adoptKeys,
    save: async (doc, expectedVersion) =>
      (await save({ variables: { templateId: template.id, input: draftToInput(doc), expectedVersion } })).data?.saveInspectionTemplateDraft,
    discard: () => discard({ variables: { templateId: template.id } }),
    checkBeforePublish: true,
    onReload,
    onPublished,
    onDiscarded,
  });
  const { doc, edit, errors } = editor;
  const totals = useMemo(() => draftTotals(doc), [doc]);
  const docErrors = errors.byUid[DOC_UID] ?? {};

  return (
    <VersionedDocumentEditor<DraftSection, typeof doc, ChecklistAction>
      editor={editor}
      testIds={{
        root: 'template-draft-editor',
        toolbar: 'template-draft-toolbar',
        status: 'template-draft-status',
        counts: 'template-draft-counts',
        addSection: 'template-add-section',
        discard: 'template-discard-draft',
        confirmDiscard: 'confirm-template-discard',
        save: 'template-save-draft',
        publish: 'template-publish',
        conflict: 'template-draft-conflict',
        reload: 'template-reload-draft',
        errors: 'template-draft-errors',
        section: 'template-draft-section',
        sectionTitleOk: 'template-save-section-title',
        sectionTitleForm: 'template-section-title-form',
        sectionTitleZh: 'template-section-title-zh',
      }}
      latestNumber={template.latestNumber}
      timeZone={null}
      draftTag={t('inspectionTemplates.editor.draftTag')}
      counts={t('inspectionTemplates.editor.counts', totals)}
      publishDisabled={!totals.items}
      emptyHint={t('inspectionTemplates.editor.noSectionsHint')}
      sectionTitleLimits={{ title: LIMITS.title.max, titleEn: LIMITS.titleEn }}
      header={
        <Card variant="outlined" size="small" style={{ marginBottom: 16 }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
            <label htmlFor="template-pass-score">
              <Typography.Text strong>{t('inspectionTemplates.editor.passScore')}</Typography.Text>
            </label>
            <div>
              <NumberInput
                id="template-pass-score"
                value={doc.passScore}
                min={LIMITS.passScore.min}
                max={LIMITS.passScore.max}
                integer
                suffix="%"
                status={docErrors.passScore ? 'error' : undefined}
                onChange={(v) =>
                  edit({ type: 'setPassScore', passScore: typeof v === 'number' ? v : null }, { uid: DOC_UID, fields: ['passScore'] })
                }
                style={{ width: 110 }}
                data-testid="template-pass-score"
              />
              <CellError message={docErrors.passScore} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12, flex: '1 1 300px' }}>
              {t('inspectionTemplates.editor.passScoreHint')}
            </Typography.Text>
          </div>
        </Card>
      }
      renderSection={(section, i, handlers) => (
        <ChecklistSection
          key={section.uid}
          section={section}
          index={i}
          count={doc.sections.length}
          errors={errors.byUid}
          edit={edit}
          handlers={handlers}
        />
      )}
      library={({ section, onClose }) => (
        <AddStandardsModal
          open={!!section}
          sectionTitle={section ? sectionTitle(section, language) : ''}
          // Only the modal's initial format filter: a checklist for every format starts unfiltered.
          format={(template.format ?? undefined) as PropertyFormat | undefined}
          present={new Set(section?.items.flatMap((i) => (i.standard ? [i.standard.id] : [])) ?? [])}
          onCancel={onClose}
          onAdd={(standards) => {
            if (section) edit({ type: 'addItems', section: section.uid, standards }, { uid: section.uid, fields: ['items'] });
            void message.success(t('inspectionTemplates.editor.itemsAdded', { count: standards.length }));
            onClose();
          }}
        />
      )}
      publish={(slot) => (
        <PublishChecklistModal
          {...slot}
          templateId={template.id}
          latestNumber={template.latestNumber}
          totals={totals}
          passScore={doc.passScore ?? 0}
        />
      )}
    />
  );
}
