import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, makeStyles, Typography } from '@material-ui/core';
import Flag from '@material-ui/icons/Flag';
import { mlopsMaturityApiRef, type LocalizedMaturityModel } from '../../api';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { useCampaignLink } from './useCampaignLink';
import { useCampaignText } from './useCampaignText';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    overflowWrap: 'anywhere',
  },
  icon: { color: theme.palette.warning.dark, marginTop: 2 },
}));

/**
 * The card's campaign lines: one per campaign in force whose goal this
 * service misses ("Campaign Monitoring for production models: Monitoring &
 * Maintenance ≥ Intermediate by 31 March 2027"), linking to the campaign's
 * page. Nothing while loading or when the campaigns cannot be read: the
 * card's own figures stay the point.
 */
export function CampaignLines({
  entityRef,
  model,
}: {
  entityRef: string;
  model: LocalizedMaturityModel;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const link = useCampaignLink();
  const { goalText, formatDay } = useCampaignText(model);
  const campaigns = useLoader(
    () => api.getEntityCampaigns(entityRef),
    [api, entityRef],
  );
  const missing = campaigns.value?.items.filter(c => !c.shortfall.meets) ?? [];
  if (!missing.length) return null;
  return (
    <Box mt={2} component="section" aria-label={t('campaigns.cardLinesLabel')}>
      <ul className={classes.list}>
        {missing.map(campaign => {
          const title = link ? (
            <Link to={link(campaign.campaignId)}>{campaign.title}</Link>
          ) : (
            campaign.title
          );
          const [before, after] = t('campaigns.cardLine', {
            title: '\u0000',
            goal: goalText(campaign.goal),
            deadline: formatDay(campaign.deadline),
          }).split('\u0000');
          return (
            <li key={campaign.campaignId} className={classes.item}>
              <Flag fontSize="small" className={classes.icon} aria-hidden />
              <Typography variant="body2">
                {before}
                <em>{title}</em>
                {after}
              </Typography>
            </li>
          );
        })}
      </ul>
    </Box>
  );
}
