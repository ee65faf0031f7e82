// The small pieces every versioned-document editor shows: a cell's error, move-up/down buttons, an
// optional English text that opens on demand, the section-title modal and a section's card (number,
// title, rename, reorder, delete) around the document type's own section body.
import { useEffect, useState, type ReactNode } from 'react';
import { Button, Card, Form, Input, Modal, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/LocaleProvider';
import { length, required } from '../../lib/rules';
import { ConfirmDeleteButton } from '../ConfirmDeleteButton';
import { sectionTitle, type Section, type SectionAction } from './model';
import type { Edit } from './useVersionedDraft';

/** A translation by a key built at run time (`${namespace}.${key}`): each editor namespace has the keys. */
export function useTx(namespace: string): (key: string, params?: Record<string, unknown>) => string {
  const { t } = useTranslation();
  const tr = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  return (key, params) => tr(`${namespace}.${key}`, params);
}

export function CellError({ message }: { message?: string }) {
  const { token } = theme.useToken();
  if (!message) return null;
  return (
    <div style={{ color: token.colorError, fontSize: 12, lineHeight: 1.5, marginTop: 2 }} data-testid="cell-error" role="alert">
      {message}
    </div>
  );
}

export function MoveButtons({
  texts,
  onUp,
  onDown,
  first,
  last,
  label,
}: {
  /** The editor's i18n namespace (moveUp, moveDown). */
  texts: string;
  onUp: () => void;
  onDown: () => void;
  first: boolean;
  last: boolean;
  label: string;
}) {
  const tx = useTx(texts);
  return (
    <>
      <Tooltip title={tx('moveUp')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          disabled={first}
          onClick={onUp}
          aria-label={`${tx('moveUp')} ${label}`}
        />
      </Tooltip>
      <Tooltip title={tx('moveDown')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          disabled={last}
          onClick={onDown}
          aria-label={`${tx('moveDown')} ${label}`}
        />
      </Tooltip>
    </>
  );
}

/** An optional English text: a link until it is wanted (or set), then a text box. */
export function EnglishText({
  value,
  label,
  placeholder,
  ariaLabel,
  error,
  onChange,
}: {
  value: string;
  label: string;
  placeholder: string;
  ariaLabel: string;
  error?: string;
  onChange: (text: string) => void;
}) {
  const [open, setOpen] = useState(false);
  if (!open && !value && !error) {
    return (
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0, fontSize: 12, height: 'auto', marginTop: 2 }}
        onClick={() => setOpen(true)}
      >
        + {label}
      </Button>
    );
  }
  return (
    <>
      <Input.TextArea
        value={value}
        placeholder={placeholder}
        autoSize={{ minRows: 1, maxRows: 4 }}
        status={error ? 'error' : undefined}
        onChange={(e) => onChange(e.target.value)}
        style={{ marginTop: 4, fontSize: 12 }}
        autoFocus={open && !value}
        aria-label={ariaLabel}
      />
      <CellError message={error} />
    </>
  );
}

interface TitleValues {
  titleZh: string;
  titleEn?: string;
}

/** Section title (zh required, en optional) in a small modal: new sections and renames. */
export function SectionTitleModal({
  texts,
  open,
  initial,
  limits,
  testIds,
  onCancel,
  onOk,
}: {
  texts: string;
  open: boolean;
  initial: TitleValues | null;
  limits: { title: number; titleEn: number };
  testIds: { ok: string; form: string; titleZh?: string };
  onCancel: () => void;
  onOk: (values: { titleZh: string; titleEn: string }) => void;
}) {
  const { t } = useTranslation();
  const tx = useTx(texts);
  const [form] = Form.useForm<TitleValues>();
  useEffect(() => {
    if (open) form.setFieldsValue(initial ?? { titleZh: '', titleEn: '' });
  }, [form, initial, open]);
  return (
    <Modal
      open={open}
      title={initial ? tx('renameSection') : tx('addSection')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': testIds.ok } as Record<string, string>}
    >
      <Form<TitleValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={(v) => onOk({ titleZh: v.titleZh.trim(), titleEn: v.titleEn?.trim() ?? '' })}
        data-testid={testIds.form}
      >
        <Form.Item name="titleZh" label={tx('sectionTitleZh')} rules={[required(t), ...length(t, { max: limits.title })]} validateFirst>
          <Input placeholder={tx('sectionTitlePlaceholder')} autoComplete="off" data-testid={testIds.titleZh} />
        </Form.Item>
        <Form.Item name="titleEn" label={tx('sectionTitleEn')} rules={length(t, { max: limits.titleEn })}>
          <Input placeholder={t('common.optional')} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface SectionCardProps<S extends Section> {
  texts: string;
  section: S;
  index: number;
  count: number;
  /** The section's own problems (titleZh, titleEn, items, …). */
  errors: Record<string, string>;
  edit: Edit<SectionAction<never>>;
  onRename: (section: S) => void;
  /** What deleting the section loses. */
  deleteConfirm: string;
  testId: string;
  size?: 'small';
  /** An element id (section-<uid>) for links to the section. */
  anchor?: boolean;
  /** The rename button names its section for screen readers. */
  renameNamesSection?: boolean;
  children: ReactNode;
}

/** A section's card: number, title (and its English), "new", and rename / move / delete; the body is the document type's. */
export function SectionCard<S extends Section>({
  texts,
  section,
  index,
  count,
  errors: own,
  edit,
  onRename,
  deleteConfirm,
  testId,
  size,
  anchor,
  renameNamesSection,
  children,
}: SectionCardProps<S>) {
  const tx = useTx(texts);
  const { language } = useLocale();
  const { token } = theme.useToken();
  const s = section.uid;
  const titleError = own.titleZh ?? own.titleEn ?? own._ ?? own.key;
  return (
    <Card
      variant="outlined"
      size={size}
      style={{ marginBottom: 16, borderColor: titleError ? token.colorErrorBorder : undefined }}
      data-testid={testId}
      data-section={section.titleZh}
      id={anchor ? `section-${section.uid}` : undefined}
      title={
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap', whiteSpace: 'normal' }}>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {tx('sectionNumber', { n: index + 1 })}
          </Typography.Text>
          <span data-testid="section-title">{sectionTitle(section, language) || tx('untitled')}</span>
          {language === 'zh-CN' && section.titleEn ? (
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
              {section.titleEn}
            </Typography.Text>
          ) : null}
          {section.key === null ? <Tag color="green">{tx('new')}</Tag> : null}
          <CellError message={titleError} />
        </div>
      }
      extra={
        <Space size={0}>
          <Tooltip title={tx('renameSection')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => onRename(section)}
              aria-label={renameNamesSection ? `${tx('renameSection')} ${section.titleZh}` : tx('renameSection')}
              data-testid="rename-section"
            />
          </Tooltip>
          <MoveButtons
            texts={texts}
            label={section.titleZh}
            first={index === 0}
            last={index === count - 1}
            onUp={() => edit({ type: 'moveSection', section: s, delta: -1 })}
            onDown={() => edit({ type: 'moveSection', section: s, delta: 1 })}
          />
          <ConfirmDeleteButton
            label={tx('deleteSection')}
            subject={section.titleZh}
            description={deleteConfirm}
            onConfirm={() => edit({ type: 'removeSection', section: s })}
            testId="delete-section"
            confirmTestId="confirm-delete-section"
          />
        </Space>
      }
    >
      {children}
    </Card>
  );
}
