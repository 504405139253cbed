import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';
import { OrganisationContent } from './OrganisationContent';

/**
 * The organisation page with its own header, for the legacy frontend
 * system (the new system's page blueprint draws the header itself).
 */
export function OrganisationPage() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Page themeId="tool">
      <Header title={t('common.title')} subtitle={t('organisation.subtitle')} />
      <Content>
        <OrganisationContent />
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
  return (
    // min-width 0: a wide table must scroll inside, not widen the page.
    <main style={{ minWidth: 0 }}>
      <Content>
        <OrganisationContent />
      </Content>
    </main>
  );
}
