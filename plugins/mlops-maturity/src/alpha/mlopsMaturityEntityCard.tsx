import {
  coreExtensionData,
  ExtensionBoundary,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { LazyMlopsMaturityCard } from '../components/MlopsMaturityCard/LazyMlopsMaturityCard';
import { isMlServicePreloadingCard } from './mlServiceFilter';

/**
 * The overview card (`entity-card:mlops-maturity`), shown on ML services only.
 * @alpha
 */
export const mlopsMaturityEntityCard = EntityCardBlueprint.makeWithOverrides({
  *factory(originalFactory, { node }) {
    const card = originalFactory({
      type: 'content',
      filter: isMlServicePreloadingCard,
      loader: async () => <LazyMlopsMaturityCard />,
    });
    // Rendered as is rather than through the blueprint's lazy loader, which
    // suspends once: on an entity page React holds back revealing suspended
    // cards while the others load. LazyMlopsMaturityCard (small, in the app's
    // bundle) loads the card's chunk itself and never suspends.
    yield coreExtensionData.reactElement(
      <ExtensionBoundary node={node}>
        <LazyMlopsMaturityCard />
      </ExtensionBoundary>,
    );
    const { filterFunction, filterExpression, type } =
      EntityCardBlueprint.dataRefs;
    const filter = card.get(filterFunction);
    if (filter) yield filterFunction(filter);
    const expression = card.get(filterExpression);
    if (expression) yield filterExpression(expression);
    const cardType = card.get(type);
    if (cardType) yield type(cardType);
  },
});
