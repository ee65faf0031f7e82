// 发起整改 after submission: a rectification for a failed non-critical item that has none (the API's
// createRectification; owner, deadline and description default as at submission).
import { useState } from 'react';
import { App, Checkbox, DatePicker, Input, Modal, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RECTIFICATION_RULES } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { dayjs } from '../../lib/format';
import { CreateRectificationMutation, RectificationOwnerOptionsQuery } from './inspections.operations';

export function CreateRectificationModal({
  itemResultId,
  title,
  managerName,
  onClose,
}: {
  itemResultId: string | null;
  title: string;
  managerName?: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const owners = useQuery(RectificationOwnerOptionsQuery, { skip: !itemResultId });
  const [ownerUserId, setOwner] = useState<string | null>(null);
  const [deadline, setDeadline] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [evidenceRequired, setEvidenceRequired] = useState(true);
  const [create, { loading }] = useMutation(CreateRectificationMutation, { refetchQueries: ['Inspection'], awaitRefetchQueries: true });

  const submit = async () => {
    if (!itemResultId) return;
    try {
      await create({
        variables: { itemResultId, input: { ownerUserId, deadline, description: description.trim() || null, evidenceRequired } },
      });
      void message.success(t('inspections.detail.rectificationCreated'));
      onClose();
    } catch (e) {
      reportError(e);
    }
  };

  return (
    <Modal
      open={!!itemResultId}
      title={t('inspections.detail.createRectificationTitle')}
      okText={t('inspections.detail.createRectification')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'create-rectification-ok' } as never}
    >
      <Typography.Paragraph strong>{title}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="create-rectification-form">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={ownerUserId ?? undefined}
          placeholder={managerName ? t('inspections.form.ownerDefault', { name: managerName }) : t('inspections.form.owner')}
          options={(owners.data?.inspectionAssignees ?? [])
            .filter((a) => a.user)
            .map((a) => ({ value: a.user!.id, label: a.user!.displayName }))}
          onChange={(v?: string) => setOwner(v ?? null)}
          style={{ width: '100%' }}
        />
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={deadline ? dayjs(deadline) : null}
          disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(RECTIFICATION_RULES.maxDeadlineDays, 'day'))}
          placeholder={t('inspections.form.deadlineDefault', { days: RECTIFICATION_RULES.defaultDeadlineDays })}
          onChange={(d) => setDeadline(d ? d.toISOString() : null)}
          style={{ width: '100%' }}
        />
        <Input.TextArea
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          placeholder={t('inspections.form.descriptionDefault')}
          maxLength={RECTIFICATION_RULES.description.max}
          autoSize={{ minRows: 2, maxRows: 5 }}
          data-testid="create-rectification-description"
        />
        <Checkbox checked={evidenceRequired} onChange={(e) => setEvidenceRequired(e.target.checked)}>
          {t('inspections.form.evidenceRequired')}
        </Checkbox>
      </Space>
    </Modal>
  );
}
