// A patrol point's QR link (/field/p/<pointId>?k=<tag>), opened by the in-app scanner or by the
// phone's own camera / 企业微信 / 钉钉 scanner. It records the scan on my walk of the route that
// holds the point (starting one — the planned run when one is open — if I have none), then shows
// the route. Works offline: the routes and points come from the download.
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { App, Button, List, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldRoute } from './field-db';
import { useFieldData } from './field-data';
import { hhmm } from './field-time';
import { activeRunFor, openOccurrence, saveRun, startRun, withScan } from './patrol-runs';

export default function FieldPointPage({ onScan }: { onScan: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { pointId = '' } = useParams();
  const [params] = useSearchParams();
  const tag = params.get('k');
  const data = useFieldData();
  const point = data.points.get(pointId);
  const routes = [...data.routes.values()].filter((r) => r.pointIds.includes(pointId));
  const mine = data.runs.filter((r) => r.userId === data.session?.userId);
  // A walk in progress on a route with this point decides; else the only route; else the user picks.
  const walking = routes.find((r) => mine.some((run) => run.routeId === r.id));
  const [chosen, setChosen] = useState<FieldRoute | undefined>(undefined);
  const target = walking ?? chosen ?? (routes.length === 1 ? routes[0] : undefined);
  const done = useRef(false);

  useEffect(() => {
    if (!data.loaded || !data.session || !point || !target || done.current) return;
    done.current = true; // once per opening (React may run effects twice)
    const session = data.session;
    void (async () => {
      let run = activeRunFor(data.runs, session.userId, target.id);
      if (!run) {
        run = await startRun(session, target.id, openOccurrence(data.occurrences, target.id)?.id ?? null);
        void message.info(t('field.patrol.started', { route: target.name }));
      }
      const tz = data.projects.get(target.projectId)?.timeZone ?? 'Asia/Shanghai';
      const before = run.scans.find((s) => s.pointId === pointId);
      if (before) void message.info(t('field.patrol.already', { name: point.name, time: hhmm(before.scannedAt, tz) }));
      else {
        const next = withScan(run, pointId, tag);
        await saveRun(next);
        void message.success(t('field.patrol.recorded', { name: point.name, time: hhmm(new Date(), tz) }));
      }
      await data.reload();
      navigate(`/field/patrol/${target.id}${run.occurrenceId ? `?occurrence=${run.occurrenceId}` : ''}`, { replace: true });
    })();
  }, [data, point, target, pointId, tag, navigate, message, t]);

  if (!data.loaded) return null;
  if (!point || routes.length === 0)
    return (
      <Result
        status="warning"
        title={t('field.patrol.pointUnknown')}
        extra={<Button onClick={onScan}>{t('field.patrol.scan')}</Button>}
        data-testid="field-point-unknown"
      />
    );
  if (!target)
    return (
      <div data-testid="field-point-choose">
        <Typography.Title level={5}>{point.name}</Typography.Title>
        <Typography.Paragraph>{t('field.patrol.chooseRoute')}</Typography.Paragraph>
        <List
          bordered
          dataSource={routes}
          renderItem={(r) => (
            <List.Item onClick={() => setChosen(r)} style={{ cursor: 'pointer' }} data-testid="field-point-route">
              {r.name}
            </List.Item>
          )}
        />
      </div>
    );
  return <Result status="info" title={point.name} data-testid="field-point" />;
}
