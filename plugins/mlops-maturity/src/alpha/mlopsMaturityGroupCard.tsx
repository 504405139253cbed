import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The maturity of a Group's ML services (`entity-card:mlops-maturity/group`),
 * shown on Group entities only.
 * @alpha
 */
export const mlopsMaturityGroupCard = EntityCardBlueprint.make({
  name: 'group',
  params: {
    type: 'content',
    filter: { kind: 'group' },
    loader: () =>
      import('../components/GroupMaturityCard').then(m => (
        <m.GroupMaturityCard />
      )),
  },
});
