import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthTrend, UnitTaskSummary } from '../providers/panel-operations.js';

/** The charts of the leader's dashboard, in their own chunk: recharts loads only with them. */

export const CompletionByUnitChart = ({
  rows, label, rateName, onUnit,
}: { rows: UnitTaskSummary[]; label: string; rateName: string; onUnit: (unitId: string, own: boolean) => void }) => {
  const data = rows.map((r) => ({ unitId: r.unitId, own: r.own, name: r.own ? `${r.unitName} *` : r.unitName, rate: r.completionRateOfDue === null ? 0 : Math.round(r.completionRateOfDue * 1000) / 10 }));
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: Math.max(200, 36 * data.length + 60) }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ left: 20, right: 30 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="name" width={220} />
          <Tooltip formatter={(value) => [`${String(value).replace('.', ',')}%`, rateName]} />
          <Bar
            dataKey="rate"
            name={rateName}
            fill="#1565c0"
            cursor="pointer"
            isAnimationActive={false}
            onClick={(entry) => {
              const row = ((entry as { payload?: (typeof data)[number] }).payload ?? entry) as (typeof data)[number];
              onUnit(String(row.unitId), row.own);
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
};

export const OverdueTrendChart = ({ rows, label, names }: { rows: MonthTrend[]; label: string; names: { due: string; late: string; month: (m: string) => string } }) => {
  const data = rows.map((r) => ({ ...r, name: names.month(r.month) }));
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: 280 }}>
      <ResponsiveContainer>
        <LineChart data={data} margin={{ left: 0, right: 30 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="due" name={names.due} stroke="#1565c0" strokeWidth={2} isAnimationActive={false} />
          <Line type="monotone" dataKey="late" name={names.late} stroke="#c62828" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
};
