// 开通清单 on the 工作台 (company admins): what is left of the first day — settings, regions,
// projects, members, templates — each linking to its screen and to the wizard; gone when every
// item is done or the admin closes it.
import { Button, Card, List, Space, Typography } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../session/SessionProvider';
import { DismissSetupChecklistMutation, SetupChecklistQuery } from './setup.operations';

export function SetupChecklistCard() {
  const me = useMe();
  if (me.role !== 'TENANT_ADMIN') return null;
  return <ChecklistCard />;
}

function ChecklistCard() {
  const { t } = useTranslation();
  const { data } = useQuery(SetupChecklistQuery, { fetchPolicy: 'cache-and-network' });
  const [dismiss, dismissing] = useMutation(DismissSetupChecklistMutation, { refetchQueries: [SetupChecklistQuery] });
  const c = data?.setupChecklist;
  if (!c) return null;
  if (!c.visible)
    return c.done ? (
      <div data-testid="setup-checklist-done" style={{ display: 'none' }}>
        {t('setup.checklist.allDone')}
      </div>
    ) : null;
  const left = c.items.filter((i) => !i.done).length;
  return (
    <Card
      variant="borderless"
      title={t('setup.checklist.title', { left })}
      style={{ marginBottom: 16 }}
      data-testid="setup-checklist"
      extra={
        <Space>
          <Link to="/setup" data-testid="setup-open-wizard">
            {t('setup.checklist.openWizard')}
          </Link>
          <Button
            type="text"
            size="small"
            loading={dismissing.loading}
            onClick={() => void dismiss({ variables: { dismissed: true } })}
            data-testid="setup-dismiss"
          >
            {t('setup.checklist.dismiss')}
          </Button>
        </Space>
      }
    >
      <List
        size="small"
        dataSource={c.items}
        renderItem={(i) => (
          <List.Item data-testid={`setup-item-${i.key}`} data-done={i.done ? 'true' : 'false'}>
            <Space>
              {i.done ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <ClockCircleOutlined style={{ color: '#faad14' }} />}
              <Link to={i.link}>{t(`setup.items.${i.key as 'settings'}`)}</Link>
              <Typography.Text type="secondary">
                {i.done ? t('setup.checklist.done') : t(`setup.todo.${i.key as 'settings'}`)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
