import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Link as AnchorLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import type { CriterionResult } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { CriterionMark, criterionMarkKind } from '../common/CriterionMark';
import { ProvenanceChip } from '../common/ProvenanceChip';
import { useStackedTableStyles } from '../common/stackedTable';

type Area = LocalizedMaturityModel['areas'][number];
type Criterion = Area['criteria'][number];

/** The id of a criterion's row in the scorecard, the target of links such as the card's next steps. */
export function criterionAnchor(criterionId: string) {
  return `criterion-${criterionId}`;
}

function EvidenceCell({ result }: { result?: CriterionResult }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const evidence = result?.evidence;
  // The team's own links, minus those the catalog evidence already shows.
  const shown = new Set(evidence?.items.map(i => i.url));
  const links = (result?.answer?.evidenceLinks ?? []).filter(
    url => !shown.has(url),
  );
  return (
    <>
      {evidence?.status === 'unavailable' &&
        t('scorecard.evidenceUnavailable', {
          message: evidence.message ?? '',
        })}
      {evidence?.items.map(item => (
        <div key={`${item.source}:${item.label}`}>
          {item.url ? <Link to={item.url}>{item.label}</Link> : item.label}
        </div>
      ))}
      {links.map(url => (
        <div key={url}>
          <Link to={url}>{url}</Link>
        </div>
      ))}
      {!evidence?.items.length &&
        !links.length &&
        evidence?.status !== 'unavailable' &&
        t('scorecard.noEvidence')}
    </>
  );
}

/** One level's criteria of an area: what is met, and by name what is missing. */
function LevelGroup({
  area,
  levelTitle,
  criteria,
  byId,
  aboveCurrent,
}: {
  area: Area;
  levelTitle: string;
  criteria: Criterion[];
  byId: Map<string, CriterionResult>;
  /** The area has not reached this level yet, so what is missing is listed. */
  aboveCurrent: boolean;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const classes = useStackedTableStyles();
  const applicable = criteria.filter(c => byId.get(c.id)?.applicable ?? true);
  const met = applicable.filter(c => byId.get(c.id)?.met);
  const missing = applicable.filter(c => !byId.get(c.id)?.met);
  const heading = t('scorecard.levelGroup', { level: levelTitle });
  const headingId = `criteria-${area.id}-${criteria[0]?.levelId}`;

  return (
    <Box component="section" mt={2} aria-labelledby={headingId}>
      <Box
        display="flex"
        alignItems="baseline"
        flexWrap="wrap"
        style={{ gap: 12 }}
      >
        <Typography variant="subtitle1" component="h3" id={headingId}>
          {heading}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t('scorecard.levelGroupProgress', {
            met: String(met.length),
            total: String(applicable.length),
          })}
        </Typography>
      </Box>
      {aboveCurrent && missing.length > 0 && (
        <Box mb={1}>
          <Typography variant="body2" component="p">
            {t('scorecard.missingFor', { level: levelTitle })}
          </Typography>
          <Box component="ul" mt={0.5} mb={0} pl={3}>
            {missing.map(c => (
              <Typography key={c.id} component="li" variant="body2">
                <AnchorLink href={`#${criterionAnchor(c.id)}`}>
                  {c.question}
                </AnchorLink>
              </Typography>
            ))}
          </Box>
        </Box>
      )}
      {aboveCurrent && missing.length === 0 && (
        <Typography variant="body2" paragraph>
          {t('scorecard.allMetFor', { level: levelTitle })}
        </Typography>
      )}
      <Table
        size="small"
        aria-label={`${heading}: ${area.title}`}
        className={classes.table}
      >
        <TableHead>
          <TableRow>
            <TableCell style={{ width: '38%' }}>
              {t('scorecard.criterion')}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap', width: '14%' }}>
              {t('scorecard.status')}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap', width: '12%' }}>
              {t('scorecard.provenance')}
            </TableCell>
            <TableCell style={{ width: '24%' }}>
              {t('scorecard.evidence')}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap', width: '12%' }}>
              {t('scorecard.note')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {criteria.map(criterion => {
            const result = byId.get(criterion.id);
            const note =
              result?.answer?.notApplicable?.reason ??
              result?.answer?.note ??
              '';
            return (
              <TableRow
                key={criterion.id}
                id={criterionAnchor(criterion.id)}
                tabIndex={-1}
              >
                <TableCell data-label={t('scorecard.criterion')}>
                  {criterion.question}
                </TableCell>
                <TableCell data-label={t('scorecard.status')}>
                  {result ? (
                    <CriterionMark kind={criterionMarkKind(result)} />
                  ) : (
                    '–'
                  )}
                </TableCell>
                <TableCell data-label={t('scorecard.provenance')}>
                  {result && <ProvenanceChip provenance={result.provenance} />}
                </TableCell>
                <TableCell data-label={t('scorecard.evidence')}>
                  <EvidenceCell result={result} />
                </TableCell>
                <TableCell data-label={note ? t('scorecard.note') : ''}>
                  {note}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

/**
 * The criteria of one area grouped under the level each gates, lowest first,
 * each with its mark (met, partly met, not met, not applicable), source,
 * evidence and the answer's note; for levels the area has not reached, what
 * is missing is listed by name.
 */
export function CriteriaTable({
  model,
  area,
  results,
  currentLevelIndex,
}: {
  model: LocalizedMaturityModel;
  area: Area;
  results: CriterionResult[];
  /** The area's level on the model's ladder; -1 when not assessed. */
  currentLevelIndex: number;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const byId = new Map(results.map(r => [r.criterionId, r]));

  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {t('scorecard.criteria')}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {t('scorecard.evidenceHonesty')}
      </Typography>
      {model.levels.map((level, index) => {
        const criteria = area.criteria.filter(c => c.levelId === level.id);
        if (!criteria.length) return null;
        return (
          <LevelGroup
            key={level.id}
            area={area}
            levelTitle={level.title}
            criteria={criteria}
            byId={byId}
            aboveCurrent={index > currentLevelIndex}
          />
        );
      })}
    </>
  );
}
