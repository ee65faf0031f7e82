// New employee / edit an employee (HR, admins): name, number, position, project, hire date and,
// when editing, active. A move or deactivation updates their plan requirements (API).
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TRAINING_RULES } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { CreateEmployeeMutation, TrainingOptionsQuery, UpdateEmployeeMutation } from './training.operations';
import type { EmployeeRowFragment } from '../../gql/graphql';
import { DateField } from '../../components/DateFields';

interface Values {
  name: string;
  employeeNo?: string;
  positionId: string;
  projectId: string;
  hireDate: string;
  active: boolean;
  gender?: 'FEMALE' | 'MALE' | null;
}

const FIELDS = ['name', 'employeeNo', 'positionId', 'projectId', 'hireDate', 'active', 'gender'];

export function EmployeeModal({ employee, onClose }: { employee: EmployeeRowFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<Values>();
  const options = useQuery(TrainingOptionsQuery);
  const refetchQueries = ['TrainingEmployees', 'TrainingEmployee'];
  const [create, creating] = useMutation(CreateEmployeeMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateEmployeeMutation, { refetchQueries });
  const required = [{ required: true, message: t('validation.REQUIRED') }];
  // An archived position stays selectable for the employee who still holds it.
  const positions = (options.data?.positions ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (employee?.position && !positions.some((p) => p.value === employee.position!.id))
    positions.push({ value: employee.position.id, label: employee.position.name });

  const submit = async (v: Values) => {
    const input = {
      name: v.name.trim(),
      employeeNo: v.employeeNo?.trim() || null,
      positionId: v.positionId,
      projectId: v.projectId,
      hireDate: v.hireDate,
      active: v.active,
      gender: v.gender ?? null,
    };
    try {
      if (employee) await update({ variables: { id: employee.id, input, expectedVersion: employee.version } });
      else await create({ variables: { input } });
      void message.success(t(employee ? 'training.employees.saved' : 'training.employees.created'));
      onClose();
    } catch (e) {
      reportError(e, { form, fields: FIELDS });
    }
  };

  return (
    <Modal
      open
      title={t(employee ? 'training.employees.editTitle' : 'training.employees.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: creating.loading || updating.loading, 'data-testid': 'employee-save' } as never}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          employee
            ? {
                name: employee.name,
                employeeNo: employee.employeeNo ?? '',
                positionId: employee.position?.id,
                projectId: employee.project?.id,
                hireDate: employee.hireDate,
                active: employee.active,
                gender: employee.gender ?? null,
              }
            : { active: true }
        }
        onFinish={(v) => void submit(v)}
        data-testid="employee-form"
      >
        <Form.Item
          name="name"
          label={t('training.employees.fields.name')}
          rules={[...required, { max: TRAINING_RULES.name.max, message: t('validation.TOO_LONG', { max: TRAINING_RULES.name.max }) }]}
        >
          <Input data-testid="employee-name" />
        </Form.Item>
        <Form.Item name="employeeNo" label={t('training.employees.fields.employeeNo')}>
          <Input />
        </Form.Item>
        <Form.Item name="positionId" label={t('training.employees.fields.position')} rules={required}>
          <Select options={positions} data-testid="employee-position" />
        </Form.Item>
        <Form.Item name="projectId" label={t('training.employees.fields.project')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            data-testid="employee-project"
          />
        </Form.Item>
        <Form.Item name="gender" label={t('findings.gender')} tooltip={t('findings.genderHint')}>
          <Select
            allowClear
            placeholder={t('findings.genderUnknown')}
            options={(['FEMALE', 'MALE'] as const).map((g) => ({ value: g, label: t(`findings.genders.${g}`) }))}
            data-testid="employee-gender"
          />
        </Form.Item>
        <Form.Item name="hireDate" label={t('training.employees.fields.hireDate')} rules={required}>
          <DateField data-testid="employee-hire-date" />
        </Form.Item>
        {employee ? (
          <Form.Item name="active" label={t('training.employees.fields.active')} valuePropName="checked">
            <Switch
              checkedChildren={t('training.employees.active')}
              unCheckedChildren={t('training.employees.inactive')}
              data-testid="employee-active"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
