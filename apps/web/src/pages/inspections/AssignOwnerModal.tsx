// 指派整改责任人: the Quality Center (or an admin) names an active member as the owner, with the
// reason — required, kept in the rectification's history; server field errors land at the fields.
import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RECTIFICATION_RULES, type Role } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { length, required } from '../../lib/rules';
import { AssignRectificationMutation, RectificationOwnerOptionsQuery } from './inspections.operations';

interface Values {
  ownerUserId: string;
  reason: string;
}

export function AssignOwnerModal({
  rectification,
  onClose,
}: {
  rectification: { id: string; version: number; ownerId: string | null };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<Values>();
  const owners = useQuery(RectificationOwnerOptionsQuery);
  const [assign, assigning] = useMutation(AssignRectificationMutation);
  const options = (owners.data?.inspectionAssignees ?? [])
    .filter((a) => a.user && a.user.id !== rectification.ownerId)
    .map((a) => ({ value: a.user!.id, label: `${a.user!.displayName} · ${t(`roles.${a.role as Role}`)}` }));

  const submit = async (v: Values) => {
    try {
      const { data } = await assign({
        variables: { id: rectification.id, ownerUserId: v.ownerUserId, reason: v.reason.trim(), expectedVersion: rectification.version },
      });
      void message.success(t('inspections.rectification.assigned', { name: data?.assignRectification.owner?.displayName ?? '' }));
      onClose();
    } catch (e) {
      reportError(e, { form, fields: ['ownerUserId', 'reason'] });
    }
  };

  return (
    <Modal
      open
      title={t('inspections.rectification.assignTitle')}
      okText={t('inspections.rectification.assign')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={assigning.loading}
      okButtonProps={{ 'data-testid': 'confirm-assign' } as never}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="assign-form">
        <Form.Item
          name="ownerUserId"
          label={t('inspections.rectification.assignOwner')}
          rules={[{ required: true, message: t('validation.REQUIRED') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={owners.loading}
            options={options}
            placeholder={t('inspections.rectification.assignOwnerPlaceholder')}
            data-testid="assign-owner-select"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('inspections.rectification.assignReason')}
          rules={[required(t), ...length(t, RECTIFICATION_RULES.assignReason)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={RECTIFICATION_RULES.assignReason.max}
            placeholder={t('inspections.rectification.assignReasonPlaceholder')}
            data-testid="assign-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
