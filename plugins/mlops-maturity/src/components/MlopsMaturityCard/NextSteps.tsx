import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Link, Typography } from '@material-ui/core';
import type {
  RoadmapItem,
  Scorecard,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { Link as RouterLink } from 'react-router-dom';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { criteriaById } from '../common/levels';
import type { ContentView } from '../common/useContentLink';
import { criterionAnchor } from '../ScorecardView/CriteriaTable';
import { useNextOverallLevel } from '../ScorecardView/OverallLadder';

/** How many criteria the card lists as the next steps. */
export const NEXT_STEP_COUNT = 3;

/**
 * The criteria that bring the service to its next overall level soonest: the
 * roadmap's items (then the other gaps), in roadmap order, kept to the areas
 * that must rise and the levels they must reach.
 */
export function nextStepItems(
  scorecard: Pick<Scorecard, 'roadmap' | 'gaps'>,
  shortfalls: { areaId: string; requiredLevelId: string }[],
  levelIds: string[],
  count = NEXT_STEP_COUNT,
): RoadmapItem[] {
  const required = new Map(
    shortfalls.map(s => [s.areaId, levelIds.indexOf(s.requiredLevelId)]),
  );
  const seen = new Set<string>();
  const picked: RoadmapItem[] = [];
  for (const item of [...scorecard.roadmap, ...scorecard.gaps]) {
    const max = required.get(item.areaId);
    if (
      max === undefined ||
      levelIds.indexOf(item.levelId) > max ||
      seen.has(item.criterionId)
    ) {
      continue;
    }
    seen.add(item.criterionId);
    picked.push(item);
    if (picked.length === count) break;
  }
  return picked;
}

/**
 * The card's call to action: the next overall level and the two or three
 * criteria that would get the service there soonest, each a link to its row
 * in the tab's scorecard.
 */
export function NextSteps({
  model,
  scorecard,
  linkTo,
}: {
  model: LocalizedMaturityModel;
  scorecard: Scorecard;
  linkTo: (view: ContentView) => string;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { needs, title } = useNextOverallLevel(model, scorecard.areas);
  if (!needs.next) {
    return <Typography variant="body2">{t('card.topLevel')}</Typography>;
  }
  const items = nextStepItems(
    scorecard,
    needs.next.shortfalls,
    model.levels.map(l => l.id),
  );
  const criteria = criteriaById(model);
  return (
    <Box component="section" aria-labelledby="mlops-maturity-card-next">
      <Typography
        variant="subtitle2"
        component="h3"
        id="mlops-maturity-card-next"
      >
        {t('card.nextLevel', { level: title ?? '' })}
      </Typography>
      {items.length > 0 && (
        <>
          <Typography variant="body2" color="textSecondary" component="p">
            {t('card.nextSteps')}
          </Typography>
          <Box component="ol" mt={0.5} mb={0} pl={3}>
            {items.map(item => (
              <Typography key={item.criterionId} component="li" variant="body2">
                <Link
                  component={RouterLink}
                  to={`${linkTo('scorecard')}#${criterionAnchor(
                    item.criterionId,
                  )}`}
                >
                  {criteria.get(item.criterionId)?.criterion.question ??
                    item.criterionId}
                </Link>
              </Typography>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
