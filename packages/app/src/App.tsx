import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import mlopsMaturityPlugin from '@mlops-maturity/plugin-mlops-maturity/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';
import { translationsModule } from './modules/translations';

export default createApp({
  features: [
    catalogPlugin,
    mlopsMaturityPlugin,
    // The notifications page (campaign notifications among them, with the
    // per-topic opt-out in its settings) and the signals that keep it live.
    notificationsPlugin,
    signalsPlugin,
    navModule,
    signInModule,
    translationsModule,
  ],
});
