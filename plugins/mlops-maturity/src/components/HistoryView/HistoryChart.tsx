import { Theme, Typography, useTheme } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { SubmissionSummary } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import { areaLevelInfo } from '../common/levels';
import { ChartGridLines } from '../common/ChartGridLines';
import { ChartLegend } from '../common/ChartLegend';
import { useChartStyles } from '../common/chartStyles';

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 40, right: 16, top: 12, bottom: 32 };
// Dashes tell the lines apart without relying on colour.
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 4', '10 4'];

function seriesColors(theme: Theme) {
  const p = theme.palette;
  return [
    p.primary.main,
    p.secondary.main,
    p.success.main,
    p.warning.main,
    p.info.main,
    p.error.main,
  ];
}

/**
 * Area scores over the submissions as an SVG line chart, oldest on the
 * left. Each point's tooltip gives the score and level; the submissions table
 * next to it carries the same data for screen readers.
 */
export function HistoryChart({
  model,
  submissions,
}: {
  model: LocalizedMaturityModel;
  /** Oldest first. */
  submissions: SubmissionSummary[];
}) {
  const classes = useChartStyles();
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatDate } = useFormatters();
  const colors = seriesColors(theme);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left +
    (submissions.length > 1
      ? (i / (submissions.length - 1)) * plotW
      : plotW / 2);
  const labelStep = Math.ceil(submissions.length / 6);
  const y = (score: number) => PAD.top + plotH - (score / 100) * plotH;

  return (
    <figure style={{ margin: 0 }}>
      <Typography component="figcaption" variant="subtitle2">
        {t('chart.history')}
      </Typography>
      <svg
        className={classes.svg}
        style={{ maxHeight: 320 }}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('chart.historySummary', {
          areas: String(model.areas.length),
          count: submissions.length,
        })}
      >
        <ChartGridLines
          values={[0, 25, 50, 75, 100]}
          y={y}
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          lineClassName={classes.axis}
          labelClassName={classes.label}
        />
        {submissions.map((s, i) =>
          // Every date would overlap beyond a handful of submissions.
          i % labelStep !== 0 && i !== submissions.length - 1 ? null : (
            <text
              key={s.id}
              className={classes.label}
              x={x(i)}
              y={HEIGHT - 10}
              textAnchor="middle"
            >
              {formatDate(s.submittedAt)}
            </text>
          ),
        )}
        {model.areas.map((area, a) => {
          const color = colors[a % colors.length];
          const points = submissions.flatMap((s, i) => {
            const score = s.areaScores[area.id];
            return score === null || score === undefined
              ? []
              : [{ i, score, s }];
          });
          return (
            <g key={area.id}>
              <polyline
                fill="none"
                stroke={color}
                strokeWidth={2}
                strokeDasharray={DASHES[a % DASHES.length]}
                points={points.map(p => `${x(p.i)},${y(p.score)}`).join(' ')}
              />
              {points.map(p => (
                <circle
                  key={p.s.id}
                  cx={x(p.i)}
                  cy={y(p.score)}
                  r={4}
                  fill={color}
                >
                  <title>
                    {`${area.title}: ${Math.round(p.score)} (${
                      areaLevelInfo(model, p.s.areaLevels[area.id] ?? null)
                        .title ?? t('common.notAssessed')
                    }), ${formatDate(p.s.submittedAt)}`}
                  </title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <ChartLegend
        items={model.areas.map((area, a) => ({
          key: area.id,
          label: area.title,
          color: colors[a % colors.length],
          dash: DASHES[a % DASHES.length],
        }))}
      />
    </figure>
  );
}
