export { OrganisationPage, OrganisationPageContent } from './OrganisationPage';
