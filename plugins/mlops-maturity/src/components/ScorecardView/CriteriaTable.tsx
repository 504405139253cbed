import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
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
import { ProvenanceChip } from '../common/ProvenanceChip';

type Area = LocalizedMaturityModel['areas'][number];

function statusKey(result: CriterionResult) {
  if (!result.applicable) return 'status.notApplicable' as const;
  if (result.met) return 'status.met' as const;
  return result.credit > 0
    ? ('status.partial' as const)
    : ('status.notMet' as const);
}

/** The criteria of one area with status, provenance, evidence and the answer's note. */
export function CriteriaTable({
  area,
  results,
}: {
  area: Area;
  results: CriterionResult[];
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
      <Table
        size="small"
        aria-label={`${t('scorecard.criteria')}: ${area.title}`}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('scorecard.criterion')}</TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {t('scorecard.status')}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {t('scorecard.provenance')}
            </TableCell>
            <TableCell>{t('scorecard.evidence')}</TableCell>
            <TableCell>{t('scorecard.note')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {area.criteria.map(criterion => {
            const result = byId.get(criterion.id);
            const evidence = result?.evidence;
            // The team's own links, minus those the catalog evidence already shows.
            const shown = new Set(evidence?.items.map(i => i.url));
            const links = (result?.answer?.evidenceLinks ?? []).filter(
              url => !shown.has(url),
            );
            return (
              <TableRow key={criterion.id}>
                <TableCell>{criterion.question}</TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {result ? t(statusKey(result)) : '–'}
                </TableCell>
                <TableCell>
                  {result && <ProvenanceChip provenance={result.provenance} />}
                </TableCell>
                <TableCell>
                  {evidence?.status === 'unavailable' &&
                    t('scorecard.evidenceUnavailable', {
                      message: evidence.message ?? '',
                    })}
                  {evidence?.items.map(item => (
                    <div key={`${item.source}:${item.label}`}>
                      {item.url ? (
                        <Link to={item.url}>{item.label}</Link>
                      ) : (
                        item.label
                      )}
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
                </TableCell>
                <TableCell>
                  {result?.answer?.notApplicable?.reason ??
                    result?.answer?.note ??
                    ''}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
