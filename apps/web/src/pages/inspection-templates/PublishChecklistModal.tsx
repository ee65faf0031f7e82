// 发布: a change summary (required, ≤ 500) and what is being published (totals, pass mark).
import { useEffect } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useMutationErrors } from '../../components/useMutationErrors';
import { isStaleVersion, toApiError } from '../../lib/errors';
import { applyFieldErrors } from '../../lib/form-errors';
import { length, required } from '../../lib/rules';
import { LIMITS } from './checklist';
import { PublishInspectionTemplateMutation } from './inspection-templates.operations';

export function PublishChecklistModal({
  open,
  templateId,
  latestNumber,
  expectedVersion,
  totals,
  passScore,
  onClose,
  onPublished,
  onConflict,
}: {
  open: boolean;
  templateId: string;
  latestNumber: number;
  expectedVersion: number;
  totals: { sections: number; items: number; points: number; critical: number };
  passScore: number;
  onClose: () => void;
  onPublished: (number: number) => void;
  onConflict: (c: { expected?: number; current?: number }) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<{ changeSummary: string }>();
  const [publish, publishing] = useMutation(PublishInspectionTemplateMutation);
  const next = latestNumber + 1;

  useEffect(() => {
    if (open) form.resetFields();
  }, [form, open]);

  const onFinish = async ({ changeSummary }: { changeSummary: string }) => {
    try {
      const { data } = await publish({ variables: { templateId, changeSummary: changeSummary.trim(), expectedVersion } });
      const number = data?.publishInspectionTemplate.number ?? next;
      void message.success(t('inspectionTemplates.publish.published', { n: number }));
      onPublished(number);
    } catch (error) {
      const problem = toApiError(error);
      if (isStaleVersion(problem)) {
        onConflict({ expected: problem.extensions.expectedVersion as number, current: problem.extensions.currentVersion as number });
        return;
      }
      if (problem.code === 'BAD_USER_INPUT') {
        const rest = applyFieldErrors(form, problem, t, ['changeSummary']);
        if (rest.length) void message.error(t('inspectionTemplates.publish.refused', { message: rest[0].message }));
        return;
      }
      reportError(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t('inspectionTemplates.publish.title', { n: next })}
      okText={publishing.loading ? t('inspectionTemplates.publish.publishing') : t('inspectionTemplates.publish.confirm', { n: next })}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={publishing.loading}
      width={620}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'confirm-template-publish' } as Record<string, string>}
    >
      <Alert
        type="info"
        showIcon
        style={{ margin: '12px 0 16px' }}
        title={t('inspectionTemplates.publish.contents', { ...totals, passScore })}
        description={<Typography.Text type="secondary">{t('inspectionTemplates.publish.effect', { n: next })}</Typography.Text>}
        data-testid="publish-contents"
      />
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="template-publish-form">
        <Form.Item
          name="changeSummary"
          label={t('inspectionTemplates.publish.changeSummary')}
          extra={t('inspectionTemplates.publish.changeSummaryHint')}
          rules={[required(t), ...length(t, { max: LIMITS.changeSummary })]}
          validateFirst
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('inspectionTemplates.publish.changeSummaryPlaceholder')}
            showCount={{ formatter: ({ count }) => `${count} / ${LIMITS.changeSummary}` }}
            data-testid="template-change-summary"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
