import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import mlopsMaturityPlugin from '@mlops-maturity/plugin-mlops-maturity/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';
import { translationsModule } from './modules/translations';

export default createApp({
  features: [
    catalogPlugin,
    mlopsMaturityPlugin,
    navModule,
    signInModule,
    translationsModule,
  ],
});
