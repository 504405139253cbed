import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { ApiHolder } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityApiRef } from '../api';
import { loadMlopsMaturityCard } from '../components/MlopsMaturityCard/loadMlopsMaturityCard';
import {
  prefetchModel,
  prefetchScorecard,
} from '../components/MlopsMaturityCard/scorecardPrefetch';
import { toModelLanguage } from '../hooks/useModelLanguage';
import { isMlService } from '../isMlService';

/**
 * The card's filter: {@link isMlService}, and for an ML service it also
 * starts loading the card's chunk (once per page load).
 */
export function isMlServicePreloadingCard(entity: Entity): boolean {
  if (!isMlService(entity)) return false;
  loadMlopsMaturityCard().catch(() => {});
  return true;
}

/**
 * The tab's filter: {@link isMlService}, and for an ML service it also
 * starts what the overview card needs: its chunk, the scorecard (which the
 * card takes, see `prefetchScorecard`) and the model (the client keeps one
 * request per language). The entity page evaluates the tabs' filters once,
 * as soon as it has the entity, before it loads the overview page and its
 * cards; the requests start then instead of queueing behind those. When the
 * page opens on another tab, the scorecard was read for nothing.
 */
export function mlServiceFilterPrefetchingCard(apis: ApiHolder) {
  return (entity: Entity): boolean => {
    if (!isMlServicePreloadingCard(entity)) return false;
    const api = apis.get(mlopsMaturityApiRef);
    if (api) {
      prefetchScorecard(api, stringifyEntityRef(entity));
      const language = apis.get(appLanguageApiRef)?.getLanguage().language;
      prefetchModel(api, toModelLanguage(language));
    }
    return true;
  };
}
