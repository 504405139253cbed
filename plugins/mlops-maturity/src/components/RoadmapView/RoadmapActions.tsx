import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Chip, Typography } from '@material-ui/core';
import type { RoadmapItem } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { criteriaById } from '../common/levels';
import { DisputedItems } from './DisputedItems';

/**
 * The roadmap's actions grouped by area, then by the level they lead to,
 * keeping the backend's order (lower level first, then effort) inside each
 * group.
 */
export function RoadmapActions({
  model,
  items,
}: {
  model: LocalizedMaturityModel;
  items: RoadmapItem[];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const criteria = criteriaById(model);
  // Disputed criteria come first (the backend puts them first), in a group of their own.
  const disputed = items.filter(i => i.provenance === 'disputed');
  const rest = items.filter(i => i.provenance !== 'disputed');
  const groups = model.areas.flatMap(area =>
    model.levels.flatMap(level => {
      const groupItems = rest.filter(
        i => i.areaId === area.id && i.levelId === level.id,
      );
      return groupItems.length ? [{ area, level, items: groupItems }] : [];
    }),
  );

  return (
    <InfoCard title={t('roadmap.actions')}>
      {items.length === 0 && (
        <Typography variant="body2">{t('roadmap.empty')}</Typography>
      )}
      <DisputedItems model={model} items={disputed} />
      {groups.map(group => (
        <Box
          component="section"
          key={`${group.area.id}/${group.level.id}`}
          mb={3}
        >
          <Typography variant="h6" component="h3">
            {t('roadmap.levelGroup', {
              area: group.area.title,
              level: group.level.title,
            })}
          </Typography>
          <Box component="ol" pl={3} m={0}>
            {group.items.map(item => {
              const criterion = criteria.get(item.criterionId)?.criterion;
              return (
                <Box component="li" key={item.criterionId} mb={2}>
                  <Typography variant="subtitle1">
                    {criterion?.question ?? item.criterionId}
                  </Typography>
                  <Box
                    display="flex"
                    flexWrap="wrap"
                    style={{ gap: 8 }}
                    my={0.5}
                  >
                    <Chip
                      size="small"
                      label={t('effort.label', {
                        effort: t(`effort.${item.effort}`),
                      })}
                    />
                    {item.credit > 0 && (
                      <Chip
                        size="small"
                        variant="outlined"
                        label={t('roadmap.partly')}
                      />
                    )}
                  </Box>
                  {criterion?.recommendation && (
                    <Typography variant="body2">
                      <strong>{t('roadmap.recommendation')}: </strong>
                      {criterion.recommendation}
                    </Typography>
                  )}
                  {criterion && criterion.exampleTools.length > 0 && (
                    <Typography variant="body2" color="textSecondary">
                      {t('roadmap.exampleTools')}:{' '}
                      {criterion.exampleTools.join(', ')}
                    </Typography>
                  )}
                </Box>
              );
            })}
          </Box>
        </Box>
      ))}
    </InfoCard>
  );
}
