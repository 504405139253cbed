import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Typography } from '@material-ui/core';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';

type AreaLevel = LocalizedMaturityModel['areas'][number]['levels'][string];

/** The founding document's description of an area at one level. */
export function LevelDescription({
  heading,
  description,
  showTools,
}: {
  heading: string;
  description?: AreaLevel;
  /** Lists the level's typical tools (useful for the level to reach). */
  showTools?: boolean;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (!description) return null;
  return (
    <Box flex="1 1 280px">
      <Typography variant="subtitle2" component="h3">
        {heading}
      </Typography>
      <Typography variant="body2" paragraph>
        {description.summary}
      </Typography>
      {description.characteristics.length > 0 && (
        <Box component="ul" mt={0} pl={3}>
          {description.characteristics.map(text => (
            <Typography key={text} component="li" variant="body2">
              {text}
            </Typography>
          ))}
        </Box>
      )}
      {showTools && description.tools.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('scorecard.tools', { tools: description.tools.join(', ') })}
        </Typography>
      )}
    </Box>
  );
}
