import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';

/** The ref of the entity whose page is shown, for example `component:default/fraud-scorer`. */
export function useEntityRefString(): string {
  const { entity } = useEntity();
  return stringifyEntityRef(entity);
}
