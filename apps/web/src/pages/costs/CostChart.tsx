// Budget vs actual by month (recharts, loaded with the project cost page only).
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, yuanToFen } from '@pinzhi/domain';

export interface CostDatum {
  month: string;
  /** null: no data for the month (no point drawn). */
  budget: number | null;
  actual: number | null;
  flagged: boolean;
}

export default function CostChart({ data }: { data: CostDatum[] }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  // Compact yuan on the axis in the user's language: 12万 / 120K.
  const axis = new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <div data-testid="cost-chart" style={{ width: '100%', height: 300 }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 720, height: 300 }}>
        <ComposedChart data={data} margin={{ top: 12, right: 24, bottom: 4, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
          <XAxis dataKey="month" tick={{ fontSize: 12, fill: token.colorTextSecondary }} />
          <YAxis tick={{ fontSize: 12, fill: token.colorTextSecondary }} width={72} tickFormatter={(v: number) => axis.format(v)} />
          <Tooltip formatter={(v) => (v == null ? '—' : formatMoney(yuanToFen(v as number)))} />
          <Legend />
          <Bar dataKey="budget" name={t('costs.project.budget')} fill={token.colorPrimaryBorder} isAnimationActive={false} />
          <Line
            dataKey="actual"
            name={t('costs.project.actual')}
            stroke={token.colorError}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
