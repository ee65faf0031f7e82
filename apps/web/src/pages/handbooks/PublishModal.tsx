// 发布: a change summary (required, ≤ 500) and — before confirming — what the draft changes
// against the latest published version (handbookDiff with toNumber null = the draft).
import { useEffect } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TableSkeleton, ErrorState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { isStaleVersion, toApiError } from '../../lib/errors';
import { length, required } from '../../lib/rules';
import { applyFieldErrors } from '../../lib/form-errors';
import { DRAFT_LIMITS } from './draft';
import { HandbookDiffView, isEmptyDiff } from './HandbookDiffView';
import { HandbookDiffQuery, PublishHandbookMutation } from './handbooks.operations';

export function PublishModal({
  open,
  handbookId,
  latestNumber,
  expectedVersion,
  counts,
  zones,
  sectionTitles,
  onClose,
  onPublished,
  onConflict,
}: {
  open: boolean;
  handbookId: string;
  latestNumber: number;
  expectedVersion: number;
  counts: { sections: number; items: number; frequencies: number };
  zones: readonly { id: string; name: string }[];
  sectionTitles: ReadonlyMap<string, string>;
  onClose: () => void;
  onPublished: (number: number) => void;
  onConflict: (c: { expected?: number; current?: number }) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<{ changeSummary: string }>();
  const [publish, publishing] = useMutation(PublishHandbookMutation);
  const diff = useQuery(HandbookDiffQuery, {
    variables: { handbookId, fromNumber: latestNumber, toNumber: null },
    skip: !open || latestNumber === 0,
    fetchPolicy: 'network-only',
  });

  useEffect(() => {
    if (open) form.resetFields();
  }, [form, open]);

  const onFinish = async ({ changeSummary }: { changeSummary: string }) => {
    try {
      const { data } = await publish({ variables: { handbookId, changeSummary: changeSummary.trim(), expectedVersion } });
      const number = data?.publishHandbook.number ?? latestNumber + 1;
      void message.success(t('draft.published', { n: number }));
      onPublished(number);
    } catch (error) {
      const problem = toApiError(error);
      if (isStaleVersion(problem)) {
        onConflict({ expected: problem.extensions.expectedVersion as number, current: problem.extensions.currentVersion as number });
        return;
      }
      if (problem.code === 'BAD_USER_INPUT') {
        const rest = applyFieldErrors(form, problem, t, ['changeSummary']);
        if (rest.length)
          void message.error(
            rest.some((p) => p.field === 'handbookId') ? t('draft.publishRefused', { message: rest[0].message }) : rest[0].message,
          );
        return;
      }
      reportError(error);
    }
  };

  const empty = diff.data ? isEmptyDiff(diff.data.handbookDiff) : false;

  return (
    <Modal
      open={open}
      title={t('draft.publishTitle', { n: latestNumber + 1 })}
      okText={publishing.loading ? t('draft.publishing') : t('draft.publishConfirm', { n: latestNumber + 1 })}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={publishing.loading}
      width={880}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'confirm-publish' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} style={{ marginTop: 12 }} data-testid="publish-form">
        <Form.Item
          name="changeSummary"
          label={t('draft.changeSummary')}
          extra={t('draft.changeSummaryHint')}
          rules={[required(t), ...length(t, { max: DRAFT_LIMITS.changeSummary })]}
          validateFirst
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('draft.changeSummaryPlaceholder')}
            showCount={{ formatter: ({ count }) => `${count} / ${DRAFT_LIMITS.changeSummary}` }}
            data-testid="change-summary"
          />
        </Form.Item>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {latestNumber ? t('draft.changesSince', { n: latestNumber }) : t('draft.firstVersion')}
      </Typography.Title>
      <div style={{ maxHeight: 420, overflowY: 'auto', paddingInlineEnd: 4 }} data-testid="publish-diff">
        {latestNumber === 0 ? (
          <Alert type="info" showIcon title={t('draft.firstVersionHint', counts)} />
        ) : diff.loading && !diff.data ? (
          <TableSkeleton />
        ) : diff.error ? (
          <ErrorState error={diff.error} onRetry={() => void diff.refetch()} compact />
        ) : diff.data ? (
          empty ? (
            <Alert type="warning" showIcon title={t('draft.noChanges', { n: latestNumber })} />
          ) : (
            <HandbookDiffView diff={diff.data.handbookDiff} zones={zones} sectionTitles={sectionTitles} />
          )
        ) : null}
      </div>
    </Modal>
  );
}
