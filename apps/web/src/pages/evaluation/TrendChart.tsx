// The score trend as a line chart (recharts, loaded with the evaluation page only).
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TrendDatum {
  key: string;
  label: string;
  score: number | null;
  inspections: number;
}

export default function TrendChart({ data, passMark }: { data: TrendDatum[]; passMark: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div data-testid="trend-chart" style={{ width: '100%', height: 280 }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 280 }}>
        <LineChart data={data} margin={{ top: 12, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: token.colorTextSecondary }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 12, fill: token.colorTextSecondary }} width={40} />
          <ReferenceLine
            y={passMark}
            stroke={token.colorWarning}
            strokeDasharray="4 4"
            label={{
              value: t('evaluation.passMark', { mark: passMark }),
              position: 'insideBottomRight',
              fontSize: 11,
              fill: token.colorWarning,
            }}
          />
          <Tooltip
            formatter={(value, _name, item) => [
              `${value as number}`,
              `${t('evaluation.trend.score')} · ${t('evaluation.trend.inspections', { count: (item.payload as TrendDatum).inspections })}`,
            ]}
          />
          <Line
            type="monotone"
            dataKey="score"
            stroke={token.colorPrimary}
            strokeWidth={2}
            dot={{ r: 3 }}
            activeDot={{ r: 5 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
