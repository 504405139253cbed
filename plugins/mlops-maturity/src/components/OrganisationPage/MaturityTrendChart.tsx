import { useTheme } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { OverviewTrendsResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ladderColor } from '../common/levelColors';
import { ChartLegend } from '../common/ChartLegend';
import { useChartStyles } from '../common/chartStyles';
import { ChartGridLines } from '../common/ChartGridLines';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 40, right: 16, top: 12, bottom: 28 };

/**
 * The overall level of the filtered services month by month, as stacked
 * areas in plain SVG: the highest level at the bottom, services without a
 * level on top. A legend names the levels and a table (for screen readers)
 * holds the same counts.
 */
export function MaturityTrendChart({
  model,
  trends,
}: {
  model: LocalizedMaturityModel;
  trends: OverviewTrendsResponse;
}) {
  const classes = useChartStyles();
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatMonth } = useFormatters();
  const { months } = trends;

  // Model order (lowest first), then "no level".
  const series = [
    ...model.overallLevels.map((level, index) => ({
      id: level.id as string | null,
      title: level.title,
      color: ladderColor(theme, index, model.overallLevels.length),
    })),
    {
      id: null,
      title: t('common.notAssessed'),
      color: ladderColor(theme, -1, 0),
    },
  ];
  const countOf = (monthIndex: number, id: string | null) =>
    months[monthIndex].overall.find(c => c.levelId === id)?.count ?? 0;
  const max = Math.max(
    1,
    trends.services,
    ...months.map(m => m.overall.reduce((sum, c) => sum + c.count, 0)),
  );

  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (count: number) => PAD.top + plotH - (count / max) * plotH;
  // One month fills the width, so that it still shows as bands.
  const columns =
    months.length === 1
      ? [
          { x: PAD.left, m: 0 },
          { x: PAD.left + plotW, m: 0 },
        ]
      : months.map((_, m) => ({
          x: PAD.left + (m / Math.max(1, months.length - 1)) * plotW,
          m,
        }));

  // Stack from the highest level up, "no level" last.
  const stackOrder = [
    ...series.slice(0, -1).reverse(),
    series[series.length - 1],
  ];
  const base = columns.map(() => 0);
  const layers = stackOrder.map(s => {
    const bottom = [...base];
    columns.forEach((c, i) => {
      base[i] += countOf(c.m, s.id);
    });
    const top = [...base];
    const points = [
      ...columns.map((c, i) => `${c.x},${y(top[i])}`),
      ...columns.map((c, i) => `${c.x},${y(bottom[i])}`).reverse(),
    ];
    return { ...s, points: points.join(' ') };
  });
  const labelStep = Math.ceil(months.length / 6);
  const ticks = [...new Set([0, Math.round(max / 2), max])];

  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={classes.svg}
        style={{ maxHeight: 300 }}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('trends.summary', {
          services: String(trends.services),
          months: String(months.length),
        })}
      >
        {layers.map(layer => (
          <polygon
            key={layer.id ?? ''}
            points={layer.points}
            fill={layer.color}
            stroke={theme.palette.background.paper}
            strokeWidth={0.5}
          />
        ))}
        <ChartGridLines
          values={ticks}
          y={y}
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          lineClassName={classes.axis}
          labelClassName={classes.label}
        />
        {months.map((month, m) =>
          // Every few months, and the last one, where it does not crowd the one before.
          (m % labelStep !== 0 || months.length - 1 - m < labelStep) &&
          m !== months.length - 1 ? null : (
            <text
              key={month.month}
              className={classes.label}
              x={columns.length === months.length ? columns[m].x : WIDTH / 2}
              y={HEIGHT - 8}
              textAnchor="middle"
            >
              {formatMonth(month.month)}
            </text>
          ),
        )}
      </svg>
      <ChartLegend
        items={series.map(item => ({
          key: item.id ?? '',
          label: item.title,
          color: item.color,
        }))}
      />
      <div className={classes.hidden}>
        <table>
          <caption>{t('trends.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trends.month')}</th>
              {series.map(s => (
                <th scope="col" key={s.id ?? ''}>
                  {s.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month, m) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month)}</th>
                {series.map(s => (
                  <td key={s.id ?? ''}>{countOf(m, s.id)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
