import type { ComponentType } from 'react';
import type { MlopsMaturityCardProps } from './MlopsMaturityCard';

type CardComponent = ComponentType<MlopsMaturityCardProps>;

let loaded: CardComponent | undefined;
let loading: Promise<CardComponent> | undefined;

/** The card's component once its chunk has loaded. */
export function loadedMlopsMaturityCard(): CardComponent | undefined {
  return loaded;
}

/** Loads the card's own chunk: once, and again after a failure. */
export function loadMlopsMaturityCard(): Promise<CardComponent> {
  if (!loading) {
    loading = import('./MlopsMaturityCard').then(m => {
      loaded = m.MlopsMaturityCard;
      return loaded;
    });
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}
