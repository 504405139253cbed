import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useTheme } from '@material-ui/core';
import type { CampaignProgressPoint } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ChartLegend } from '../common/ChartLegend';
import { useChartStyles } from '../common/chartStyles';
import { useCampaignText } from './useCampaignText';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 36, right: 12, top: 10, bottom: 24 };

/**
 * A campaign's burn-up in plain SVG: services in scope, assessed and
 * meeting the goal, one point a day. The SVG is decorative for screen
 * readers, which get the same figures as a table.
 */
export function BurnupChart({ points }: { points: CampaignProgressPoint[] }) {
  const classes = useChartStyles();
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatDay } = useCampaignText(undefined);
  const max = Math.max(1, ...points.map(p => p.inScope));
  const x = (i: number) =>
    PAD.left +
    (points.length <= 1
      ? (WIDTH - PAD.left - PAD.right) / 2
      : (i * (WIDTH - PAD.left - PAD.right)) / (points.length - 1));
  const y = (v: number) =>
    HEIGHT - PAD.bottom - (v * (HEIGHT - PAD.top - PAD.bottom)) / max;
  const series = [
    {
      key: 'inScope' as const,
      label: t('campaigns.burnupInScope'),
      color: theme.palette.text.secondary,
    },
    {
      key: 'assessed' as const,
      label: t('campaigns.burnupAssessed'),
      color: theme.palette.info.main,
    },
    {
      key: 'meeting' as const,
      label: t('campaigns.burnupMeeting'),
      color: theme.palette.success.main,
    },
  ];
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={classes.svg}
        style={{ maxHeight: 260 }}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden
        focusable="false"
      >
        <line
          className={classes.axis}
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(0)}
          y2={y(0)}
        />
        <text className={classes.label} x={4} y={y(max) + 4}>
          {max}
        </text>
        <text className={classes.label} x={4} y={y(0)}>
          0
        </text>
        {series.map(s => (
          <g key={s.key}>
            <polyline
              fill="none"
              stroke={s.color}
              strokeWidth={2}
              points={points.map((p, i) => `${x(i)},${y(p[s.key])}`).join(' ')}
            />
            {points.map((p, i) => (
              <circle
                key={p.day}
                cx={x(i)}
                cy={y(p[s.key])}
                r={3}
                fill={s.color}
              />
            ))}
          </g>
        ))}
        {points.length > 0 && (
          <>
            {/* A single point sits in the middle: its day goes under it. */}
            <text
              className={classes.label}
              x={points.length === 1 ? x(0) : PAD.left}
              y={HEIGHT - 6}
              textAnchor={points.length === 1 ? 'middle' : 'start'}
            >
              {formatDay(points[0].day)}
            </text>
            {points.length > 1 && (
              <text
                className={classes.label}
                x={WIDTH - PAD.right}
                y={HEIGHT - 6}
                textAnchor="end"
              >
                {formatDay(points[points.length - 1].day)}
              </text>
            )}
          </>
        )}
      </svg>
      <ChartLegend items={series} decorative />
      <div className={classes.hidden}>
        <table>
          <caption>{t('campaigns.burnupCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.burnupDay')}</th>
              {series.map(s => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map(p => (
              <tr key={p.day}>
                <th scope="row">{formatDay(p.day)}</th>
                {series.map(s => (
                  <td key={s.key}>{p[s.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
