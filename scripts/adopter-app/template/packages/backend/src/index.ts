/*
 * The backend of @backstage/create-app, reduced to the catalog, guest
 * sign-in and permissions, with the MLOps maturity plugin wired as the
 * READMEs say. Each `// README <file>` line names the README whose code
 * block holds the line below it; the adopter check fails when a line is
 * not found there verbatim.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));

// README plugins/mlops-maturity-backend/README.md
backend.add(import('@backstage/plugin-permission-backend'));
// The app template's allow-all policy module is removed, as the README says:
// backend.add(import('@backstage/plugin-permission-backend-module-allow-all-policy'));
// README plugins/mlops-maturity-backend/README.md
backend.add(import('./modules/permissionPolicy'));

// README README.md
backend.add(import('@mlops-maturity/plugin-mlops-maturity-backend'));

// README plugins/mlops-maturity-backend/README.md
backend.start().catch(error => {
  console.error(error);
  process.exit(1);
});
