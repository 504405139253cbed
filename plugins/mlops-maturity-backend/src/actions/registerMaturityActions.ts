import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { createEntityServices } from '../service/entityServices';
import type { RouterOptions } from '../service/RouterOptions';
import { registerCompareGroupsAction } from './compareGroupsAction';
import { registerGetRoadmapAction } from './getRoadmapAction';
import { registerGetScorecardAction } from './getScorecardAction';
import { registerGetTeamReportAction } from './getTeamReportAction';
import { registerListServicesAction } from './listServicesAction';

/**
 * Registers the plugin's read-only actions with Backstage's actions
 * registry (which the MCP actions backend offers to AI assistants as
 * tools): `get-scorecard`, `get-roadmap`, `list-services`,
 * `get-team-report` and `compare-groups`. They are built on the options the
 * HTTP router gets and answer with the caller's credentials through the
 * same checks, so an action never shows what the matching route would not.
 */
export function registerMaturityActions(
  registry: ActionsRegistryService,
  options: RouterOptions,
): void {
  const context = { ...createEntityServices(options), options };
  registerGetScorecardAction(registry, context);
  registerGetRoadmapAction(registry, context);
  registerListServicesAction(registry, context);
  registerGetTeamReportAction(registry, context);
  registerCompareGroupsAction(registry, context);
}
