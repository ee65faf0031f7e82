// One question's tally as a horizontal bar chart (recharts, loaded with the survey round page only).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { theme } from 'antd';

export interface TallyDatum {
  label: string;
  count: number;
  percent: number;
}

export default function TallyChart({ data }: { data: TallyDatum[] }) {
  const { token } = theme.useToken();
  const height = 40 + data.length * 32;
  return (
    <div data-testid="tally-chart" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: token.colorTextSecondary }} />
          <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12, fill: token.colorTextSecondary }} />
          <Tooltip formatter={(value, _n, item) => [`${value as number} (${(item.payload as TallyDatum).percent}%)`, '']} />
          <Bar
            dataKey="count"
            fill={token.colorPrimary}
            isAnimationActive={false}
            label={{ position: 'right', fontSize: 12, formatter: (v: unknown) => String(v) }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
