import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { makeStyles } from '@material-ui/core';
import { mlopsMaturityTranslationRef } from '../../translation';
import { useLocation } from 'react-router-dom';
import { CampaignPage, campaignIdOfPath } from '../Campaigns';
import { OrganisationContent } from './OrganisationContent';

/**
 * The organisation view, or a campaign's page under `campaigns/{id}`. Read
 * from the path itself, so it works wherever the app mounts the page.
 */
function OrganisationRoutes() {
  const { pathname } = useLocation();
  const campaignId = campaignIdOfPath(pathname);
  return campaignId ? (
    <CampaignPage campaignId={campaignId} />
  ) : (
    <OrganisationContent />
  );
}

const useStyles = makeStyles(theme => ({
  // The filters sit on the page's grey background, where MUI's grey field
  // labels fall below 4.5:1 (axe color-contrast); the text colour keeps AA.
  content: {
    // By attribute: the app's class name generator may suffix MUI's names.
    '& label[class*="MuiFormLabel-root"]:not(.Mui-focused):not(.Mui-error):not(.Mui-disabled)':
      { color: theme.palette.text.primary },
  },
}));

/**
 * The organisation page with its own header, for the legacy frontend
 * system (the new system's page blueprint draws the header itself).
 */
export function OrganisationPage() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const classes = useStyles();
  return (
    <Page themeId="tool">
      <Header title={t('common.title')} subtitle={t('organisation.subtitle')} />
      <Content className={classes.content}>
        <OrganisationRoutes />
      </Content>
    </Page>
  );
}

/**
 * The organisation page's body in a content area, for the new frontend
 * system. Its page layout draws a header but no `main` element (the legacy
 * `Page` above does), so the page adds its one main landmark here.
 */
export function OrganisationPageContent() {
  const classes = useStyles();
  return (
    // min-width 0: a wide table must scroll inside, not widen the page.
    <main style={{ minWidth: 0 }}>
      <Content className={classes.content}>
        <OrganisationRoutes />
      </Content>
    </main>
  );
}
