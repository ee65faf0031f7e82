// The frame of a versioned document's draft editor: the sticky toolbar (draft tag, saved/unsaved,
// counts, add section, discard, save, publish), the CONFLICT banner with reload, the document's
// problems, the sections (or the empty state) and the section-title, library and publish modals.
// The document type renders its section bodies, its library and publish modals (see README.md).
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Card, Popconfirm, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { CheckOutlined, CloudUploadOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../PageStates';
import { formatDateTime } from '../../lib/format';
import { SectionTitleModal, useTx } from './parts';
import type { Section, SectionAction, SectionedDoc } from './model';
import type { PublishSlot, VersionedDraft } from './useVersionedDraft';

/** The data-testids of one document type's editor (kept as the tests know them). */
export interface EditorTestIds {
  root: string;
  toolbar: string;
  status: string;
  counts?: string;
  addSection: string;
  discard: string;
  confirmDiscard: string;
  save: string;
  publish: string;
  conflict: string;
  reload: string;
  errors: string;
  section: string;
  sectionTitleOk: string;
  sectionTitleForm: string;
  sectionTitleZh?: string;
}

/** What a section's body gets to open the editor's modals. */
export interface SectionHandlers<S> {
  onRename: (section: S) => void;
  onAddItems: (section: S) => void;
}

export interface VersionedDocumentEditorProps<S extends Section, Doc extends SectionedDoc<S>, Action> {
  editor: VersionedDraft<Doc, Action | SectionAction<Doc>>;
  testIds: EditorTestIds;
  /** The latest published version's number (0: never published, nothing to go back to: no discard). */
  latestNumber: number;
  timeZone?: string | null;
  draftTag: ReactNode;
  counts: ReactNode;
  /** Publishing is not possible yet (and why, as a tooltip). */
  publishDisabled: boolean;
  publishHint?: string;
  emptyHint: string;
  sectionTitleLimits: { title: number; titleEn: number };
  /** Above the sections: document-wide fields (a checklist's pass mark). */
  header?: ReactNode;
  renderSection: (section: S, index: number, handlers: SectionHandlers<S>) => ReactNode;
  /** The "add from the library" modal for a section (open while `section` is set). */
  library: (props: { section: S | null; onClose: () => void }) => ReactNode;
  /** The document's publish modal, given the editor's state (open, expectedVersion, callbacks). */
  publish: (slot: PublishSlot) => ReactNode;
  /** More modals of the document type. */
  children?: ReactNode;
}

export function VersionedDocumentEditor<S extends Section, Doc extends SectionedDoc<S>, Action>({
  editor,
  testIds: ids,
  latestNumber,
  timeZone,
  draftTag,
  counts,
  publishDisabled,
  publishHint,
  emptyHint,
  sectionTitleLimits,
  header,
  renderSection,
  library,
  publish,
  children,
}: VersionedDocumentEditorProps<S, Doc, Action>) {
  const { t } = useTranslation();
  const tx = useTx(editor.texts);
  const { token } = theme.useToken();
  const { doc, dirty, saving, edit, errors, conflict } = editor;
  const [titleFor, setTitleFor] = useState<S | 'new' | null>(null);
  const [libraryFor, setLibraryFor] = useState<S | null>(null);
  const handlers = useMemo<SectionHandlers<S>>(() => ({ onRename: setTitleFor, onAddItems: setLibraryFor }), []);
  const titleInitial = useMemo(
    () => (titleFor && titleFor !== 'new' ? { titleZh: titleFor.titleZh, titleEn: titleFor.titleEn } : null),
    [titleFor],
  );
  const librarySection = libraryFor ? (doc.sections.find((s) => s.uid === libraryFor.uid) ?? libraryFor) : null;
  const closeLibrary = useCallback(() => setLibraryFor(null), []);

  return (
    <div data-testid={ids.root} ref={editor.rootRef}>
      <div
        style={{
          position: 'sticky',
          top: 64,
          zIndex: 5,
          background: token.colorBgContainer,
          padding: '10px 0',
          marginBottom: 12,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
        data-testid={ids.toolbar}
      >
        <Space size={8} wrap>
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {draftTag}
          </Tag>
          <Typography.Text type="secondary" data-testid={ids.status}>
            {dirty ? (
              <Badge status="warning" text={tx('unsaved')} />
            ) : (
              <Badge
                status="success"
                text={tx('savedAt', { time: formatDateTime(editor.savedAt, timeZone, 'short'), version: editor.serverVersion })}
              />
            )}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={ids.counts}>
            {counts}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setTitleFor('new')} data-testid={ids.addSection}>
            {tx('addSection')}
          </Button>
          {latestNumber > 0 ? (
            <Popconfirm
              title={tx('discard')}
              description={<div style={{ maxWidth: 280 }}>{tx('discardConfirm', { n: latestNumber })}</div>}
              okText={tx('discard')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, ...({ 'data-testid': ids.confirmDiscard } as Record<string, string>) }}
              onConfirm={editor.discard}
            >
              <Button danger loading={editor.discarding} data-testid={ids.discard}>
                {tx('discard')}
              </Button>
            </Popconfirm>
          ) : null}
          <Button
            type={dirty ? 'primary' : 'default'}
            icon={dirty ? <SaveOutlined /> : <CheckOutlined />}
            loading={saving}
            disabled={saving}
            onClick={() => void editor.save()}
            data-testid={ids.save}
          >
            {saving ? t('common.saving') : t('common.save')}
          </Button>
          <Tooltip title={publishHint}>
            <Button
              type={dirty ? 'default' : 'primary'}
              icon={<CloudUploadOutlined />}
              disabled={publishDisabled || saving}
              onClick={() => void editor.openPublish()}
              data-testid={ids.publish}
            >
              {tx('publish')}
            </Button>
          </Tooltip>
        </Space>
      </div>

      {conflict ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={tx('conflictTitle')}
          description={tx('conflict', { expected: conflict.expected ?? '?', current: conflict.current ?? '?' })}
          action={
            <Button danger onClick={editor.reload} data-testid={ids.reload}>
              {tx('reload')}
            </Button>
          }
          data-testid={ids.conflict}
        />
      ) : null}
      {errors.doc.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errors.doc.join(t('common.listSeparator'))}
          data-testid={ids.errors}
        />
      ) : null}

      {header}

      {doc.sections.length === 0 ? (
        <Card variant="outlined">
          <EmptyState
            title={tx('noSections')}
            hint={emptyHint}
            action={
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setTitleFor('new')}>
                {tx('addSection')}
              </Button>
            }
          />
        </Card>
      ) : (
        doc.sections.map((section, i) => renderSection(section, i, handlers))
      )}
      {doc.sections.length ? (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={() => setTitleFor('new')}>
          {tx('addSection')}
        </Button>
      ) : null}

      <SectionTitleModal
        texts={editor.texts}
        open={titleFor !== null}
        initial={titleInitial}
        limits={sectionTitleLimits}
        testIds={{ ok: ids.sectionTitleOk, form: ids.sectionTitleForm, titleZh: ids.sectionTitleZh }}
        onCancel={() => setTitleFor(null)}
        onOk={(v) => {
          if (titleFor === 'new') {
            edit({ type: 'addSection', ...v });
            setTimeout(
              () =>
                [...document.querySelectorAll(`[data-testid="${ids.section}"]`)]
                  .pop()
                  ?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }),
              50,
            );
          } else if (titleFor)
            edit({ type: 'renameSection', section: titleFor.uid, ...v }, { uid: titleFor.uid, fields: ['titleZh', 'titleEn', '_'] });
          setTitleFor(null);
        }}
      />
      {library({ section: librarySection, onClose: closeLibrary })}
      {publish(editor.publish)}
      {children}
    </div>
  );
}
