import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Button, Chip, makeStyles, Typography } from '@material-ui/core';
import Add from '@material-ui/icons/Add';
import { memo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { mlopsMaturityApiRef, type LocalizedMaturityModel } from '../../api';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LoadError } from '../common/LoadError';
import { CampaignForm } from './CampaignForm';
import { CAMPAIGN_PATH, useCampaignLink } from './useCampaignLink';
import { useCampaignText } from './useCampaignText';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    overflowWrap: 'anywhere',
  },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
}));

/**
 * The organisation page's list of campaigns (open first, nearest deadline
 * first) with their goal and period, each linking to its page; users who
 * may manage campaigns get a "New campaign" button. Memoised: the page
 * re-renders on every filter, sort and page change, which change nothing
 * here.
 */
export const CampaignsPanel = memo(function CampaignsPanelContent({
  model,
}: {
  model: LocalizedMaturityModel;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const navigate = useNavigate();
  const link = useCampaignLink();
  const hrefOf = (id: string) => link?.(id) ?? `${CAMPAIGN_PATH}/${id}`;
  const { goalText, formatDay } = useCampaignText(model);
  const campaigns = useLoader(() => api.listCampaigns(), [api]);
  const [creating, setCreating] = useState(false);

  let body;
  if (campaigns.error) {
    body = <LoadError error={campaigns.error} onRetry={campaigns.retry} />;
  } else if (!campaigns.value) {
    body = <Progress />;
  } else if (!campaigns.value.items.length) {
    body = <Typography>{t('campaigns.listEmpty')}</Typography>;
  } else {
    body = (
      <ul className={classes.list}>
        {campaigns.value.items.map(campaign => (
          <li key={campaign.id} className={classes.item}>
            <div className={classes.heading}>
              <Typography variant="subtitle1" component="h3">
                <Link to={hrefOf(campaign.id)}>{campaign.title}</Link>
              </Typography>
              <Chip
                size="small"
                label={
                  campaign.status === 'open'
                    ? t('campaigns.statusOpen')
                    : t('campaigns.statusClosed')
                }
              />
            </div>
            <Typography variant="body2">{goalText(campaign.goal)}</Typography>
            <Typography variant="body2" color="textSecondary">
              {t('campaigns.period', {
                start: formatDay(campaign.startsOn),
                deadline: formatDay(campaign.deadline),
              })}
            </Typography>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <InfoCard
      title={t('campaigns.listTitle')}
      subheader={t('campaigns.listDescription')}
    >
      {campaigns.value?.canManage && (
        <Box mb={1}>
          <Button
            variant="outlined"
            color="primary"
            startIcon={<Add />}
            onClick={() => setCreating(true)}
          >
            {t('campaigns.newCampaign')}
          </Button>
        </Box>
      )}
      {body}
      {creating && (
        <CampaignForm
          model={model}
          onCancel={() => setCreating(false)}
          onSaved={saved => {
            setCreating(false);
            navigate(hrefOf(saved.id));
          }}
        />
      )}
    </InfoCard>
  );
});
