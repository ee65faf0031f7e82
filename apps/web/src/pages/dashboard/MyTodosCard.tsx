// 我的待办 on the 工作台: everything waiting on me now, computed by the API from the data (not from
// notifications), sorted by due time, each one click from its screen. Refetched live with the bell.
import { Badge, Card, List, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { MyTodosQuery } from '../notifications/notifications.operations';

const KIND_COLORS: Record<string, string> = {
  INSPECTION: 'blue',
  RECTIFICATION_SUBMIT: 'orange',
  RECTIFICATION_VERIFY: 'gold',
  ONBOARDING_TASK: 'purple',
  REGULATION_ACK: 'cyan',
  COMPLAINT_ACTION: 'magenta',
  COMPLAINT_VERIFY: 'magenta',
  FEEDBACK: 'green',
  TRAINING_SESSION: 'geekblue',
  APPROVAL: 'volcano',
};

export function MyTodosCard() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyTodosQuery, { fetchPolicy: 'cache-and-network' });
  const todos = data?.myTodos;
  const listed = todos?.items.length ?? 0;
  return (
    <Card
      variant="borderless"
      data-testid="my-todos"
      title={
        <Space>
          <CheckCircleOutlined />
          {t('notifications.todos.title')}
          {todos ? <Badge count={todos.total} overflowCount={999} style={{ background: '#1668dc' }} data-testid="my-todos-total" /> : null}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      {!todos && loading ? (
        <List loading />
      ) : !todos ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : todos.items.length === 0 ? (
        <EmptyState title={t('notifications.todos.empty')} />
      ) : (
        <>
          <List
            size="small"
            dataSource={todos.items.slice(0, 12)}
            renderItem={(item) => (
              <List.Item data-testid="todo-item">
                <Link to={item.link} style={{ display: 'flex', gap: 8, alignItems: 'baseline', width: '100%', minWidth: 0 }}>
                  <Tag color={KIND_COLORS[item.kind]} style={{ flex: 'none' }}>
                    {t(`notifications.todos.kinds.${item.kind}`)}
                  </Tag>
                  <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
                    {item.title}
                    {item.subtitle ? <Typography.Text type="secondary"> · {item.subtitle}</Typography.Text> : null}
                  </Typography.Text>
                  <Typography.Text type={item.overdue ? 'danger' : 'secondary'} style={{ flex: 'none', fontSize: 12 }}>
                    {item.overdue ? `${t('notifications.todos.overdue')} · ` : ''}
                    {item.dueAt
                      ? t('notifications.todos.due', { at: formatDateTime(item.dueAt, null, 'short') })
                      : t('notifications.todos.noDue')}
                  </Typography.Text>
                </Link>
              </List.Item>
            )}
          />
          {todos.total > Math.min(12, listed) ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
              {t('notifications.todos.more', { count: todos.total - Math.min(12, listed) })}
            </Typography.Text>
          ) : null}
        </>
      )}
    </Card>
  );
}
