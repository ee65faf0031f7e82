// 发布: the change summary (required, bounded) every versioned document asks for, the publish call
// with the draft's version (CONFLICT → the editor's banner; field problems at the summary or as a
// message), around what the document type shows of what is being published (a diff, totals).
import { useEffect, useState, type ReactNode } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutationErrors } from '../useMutationErrors';
import { isStaleVersion, toApiError, type FieldProblem } from '../../lib/errors';
import { applyFieldErrors } from '../../lib/form-errors';
import { length, required } from '../../lib/rules';
import type { PublishSlot } from './useVersionedDraft';

/** The modal's texts as i18n keys (title/confirm/published take {{n}}, refused {{message}}). */
export interface PublishTexts {
  title: string;
  confirm: string;
  publishing: string;
  published: string;
  changeSummary: string;
  changeSummaryHint: string;
  changeSummaryPlaceholder: string;
}

export interface PublishDraftModalProps extends PublishSlot {
  latestNumber: number;
  /** Publishes the draft; resolves to the new version's number, or 'SUBMITTED' when an approval flow took it (审批). */
  publish: (changeSummary: string, expectedVersion: number) => Promise<number | 'SUBMITTED' | null | undefined>;
  /** The message when the draft was submitted for approval instead of published. */
  submittedText?: string;
  texts: PublishTexts;
  /** The message for field problems other than the change summary's. */
  refused: (problems: FieldProblem[]) => string;
  maxSummary: number;
  width: number;
  testIds: { ok: string; form: string; summary: string };
  /** Shown above the change summary. */
  before?: ReactNode;
  /** Shown below the change summary. */
  after?: ReactNode;
}

export function PublishDraftModal({
  open,
  expectedVersion,
  onClose,
  onConflict,
  onPublished,
  latestNumber,
  publish,
  texts,
  refused,
  maxSummary,
  width,
  testIds,
  before,
  after,
  submittedText,
}: PublishDraftModalProps) {
  const { t } = useTranslation();
  const tr = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<{ changeSummary: string }>();
  const [publishing, setPublishing] = useState(false);
  const next = latestNumber + 1;

  useEffect(() => {
    if (open) form.resetFields();
  }, [form, open]);

  const onFinish = async ({ changeSummary }: { changeSummary: string }) => {
    setPublishing(true);
    try {
      const result = await publish(changeSummary.trim(), expectedVersion);
      if (result === 'SUBMITTED') {
        void message.success(submittedText ?? '');
        void onPublished(latestNumber);
        return;
      }
      const number = result ?? next;
      void message.success(tr(texts.published, { n: number }));
      void onPublished(number);
    } catch (error) {
      const problem = toApiError(error);
      if (isStaleVersion(problem)) {
        onConflict({ expected: problem.extensions.expectedVersion as number, current: problem.extensions.currentVersion as number });
        return;
      }
      if (problem.code === 'BAD_USER_INPUT') {
        const rest = applyFieldErrors(form, problem, t, ['changeSummary']);
        if (rest.length) void message.error(refused(rest));
        return;
      }
      reportError(error);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <Modal
      open={open}
      title={tr(texts.title, { n: next })}
      okText={publishing ? tr(texts.publishing) : tr(texts.confirm, { n: next })}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={publishing}
      width={width}
      destroyOnHidden
      okButtonProps={{ 'data-testid': testIds.ok } as Record<string, string>}
    >
      {before}
      <Form form={form} layout="vertical" onFinish={onFinish} style={before ? undefined : { marginTop: 12 }} data-testid={testIds.form}>
        <Form.Item
          name="changeSummary"
          label={tr(texts.changeSummary)}
          extra={tr(texts.changeSummaryHint)}
          rules={[required(t), ...length(t, { max: maxSummary })]}
          validateFirst
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={tr(texts.changeSummaryPlaceholder)}
            showCount={{ formatter: ({ count }) => `${count} / ${maxSummary}` }}
            data-testid={testIds.summary}
          />
        </Form.Item>
      </Form>
      {after}
    </Modal>
  );
}
