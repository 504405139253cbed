import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Typography } from '@material-ui/core';
import type { RoadmapItem } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { criteriaById, findArea } from '../common/levels';
import { ProvenanceChip } from '../common/ProvenanceChip';

/**
 * The roadmap's disputed criteria, first and apart from the rest: a reviewer
 * found that the answer does not hold, so the team answers these before
 * anything else. Each shows the reviewer's note.
 */
export function DisputedItems({
  model,
  items,
}: {
  model: LocalizedMaturityModel;
  items: RoadmapItem[];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (!items.length) return null;
  const criteria = criteriaById(model);
  return (
    <Box component="section" mb={3} aria-labelledby="roadmap-disputed">
      <Typography variant="h6" component="h3" id="roadmap-disputed">
        {t('review.disputed', { count: items.length })}
      </Typography>
      <Box component="ol" pl={3} m={0}>
        {items.map(item => (
          <Box component="li" key={item.criterionId} mb={2}>
            <Typography variant="subtitle1">
              {criteria.get(item.criterionId)?.criterion.question ??
                item.criterionId}
            </Typography>
            <Box my={0.5}>
              <ProvenanceChip provenance={item.provenance} />{' '}
              <Typography
                variant="body2"
                component="span"
                color="textSecondary"
              >
                {findArea(model, item.areaId)?.title ?? item.areaId}
              </Typography>
            </Box>
            {item.reviewNote && (
              <Typography variant="body2">
                {t('review.reviewerNote', { note: item.reviewNote })}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
