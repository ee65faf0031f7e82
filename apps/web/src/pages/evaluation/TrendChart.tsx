// The score trend as a line chart (recharts, loaded with the evaluation page only).
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { trendAxis } from './period';

export interface TrendDatum {
  key: string;
  label: string;
  score: number | null;
  inspections: number;
}

/** `passMark`: the pass score the series' inspections were judged against (from the data); null hides the line. */
export default function TrendChart({ data, passMark }: { data: TrendDatum[]; passMark: number | null }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const domain = trendAxis(
    data.map((d) => d.score),
    passMark,
  );
  return (
    <div data-testid="trend-chart" style={{ width: '100%', height: 280 }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 280 }}>
        <LineChart data={data} margin={{ top: 12, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: token.colorTextSecondary }} />
          <YAxis domain={domain} allowDataOverflow={false} tick={{ fontSize: 12, fill: token.colorTextSecondary }} width={40} />
          {passMark == null ? null : (
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
              data-testid="pass-line"
            />
          )}
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
