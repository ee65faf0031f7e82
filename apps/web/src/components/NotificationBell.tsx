// The bell in the header: my unread count, kept current by the live stream (GET /events), and a
// panel with the latest notifications (its own chunk). Also keeps the language my notifications
// are written in (e-mail, robots) the same as the app's.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Badge, Button, Popover, Spin } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLiveUpdates } from '../lib/live-updates';
import { NotificationSummaryQuery, SetNotificationLanguageMutation } from '../pages/notifications/notifications.operations';

const BellPanel = lazy(() => import('./BellPanel'));

/** Queries that show notifications or to-dos: refetched whenever the server signals a change. */
export const LIVE_QUERIES = ['LatestNotifications', 'Notifications', 'MyTodos'];

export function NotificationBell({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(NotificationSummaryQuery, { fetchPolicy: 'cache-and-network' });
  const [setLanguage] = useMutation(SetNotificationLanguageMutation);
  const unread = data?.notificationSummary.unread ?? 0;

  useLiveUpdates((e) => {
    if (typeof e.data['unread'] !== 'number') return;
    client.cache.writeQuery({
      query: NotificationSummaryQuery,
      data: { notificationSummary: { unread: e.data['unread'] as number } },
    });
    void client.refetchQueries({ include: LIVE_QUERIES });
  });

  // Notifications are written in the language this person uses the app in.
  useEffect(() => {
    const language = i18n.language === 'en-US' ? 'en_US' : 'zh_CN';
    const key = `pinzhi.notificationLanguage.${userId}`;
    try {
      if (localStorage.getItem(key) === language) return;
    } catch {
      /* storage unavailable: set it every time */
    }
    void setLanguage({ variables: { language } })
      .then(() => {
        try {
          localStorage.setItem(key, language);
        } catch {
          /* ignore */
        }
      })
      .catch(() => undefined);
  }, [i18n.language, setLanguage, userId]);

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      styles={{ container: { padding: 0 } }}
      content={
        // Always an element (an empty popover does not open); the panel itself loads when opened.
        <Suspense fallback={<Spin style={{ display: 'block', padding: 24 }} />}>
          {open ? <BellPanel onClose={() => setOpen(false)} /> : null}
        </Suspense>
      }
    >
      <Button type="text" aria-label={`${t('bell.label')} ${t('bell.unread', { count: unread })}`} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
        <span data-testid="notification-unread" style={{ display: 'none' }}>
          {unread}
        </span>
      </Button>
    </Popover>
  );
}
