import { useEffect, useMemo, useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useModelLanguage } from '../../hooks/useModelLanguage';
import { mlopsMaturityTranslationRef } from '../../translation';
import type { MlopsMaturityCardProps } from './MlopsMaturityCard';
import {
  loadMlopsMaturityCard,
  loadedMlopsMaturityCard,
} from './loadMlopsMaturityCard';
import { prefetchModel, prefetchScorecard } from './scorecardPrefetch';

/**
 * The overview card as both frontend systems mount it. This small part
 * ships with the app; the card itself is a chunk of its own. As soon as it
 * renders it starts the card's chunk, the scorecard and the model side by
 * side, instead of the card asking for its data only after its chunk has
 * loaded and the entity page has committed it (React holds that commit back
 * while the page's other cards load). Until the chunk is there it shows the
 * card's loading state; it never suspends.
 */
export function LazyMlopsMaturityCard(props: MlopsMaturityCardProps) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const entityRef = useEntityRefString();
  const { lang } = useModelLanguage();
  // While rendering on purpose: effects run only after the commit. Each
  // starts once: the card takes the prefetched scorecard, and the client
  // keeps one model request per language.
  useMemo(() => prefetchScorecard(api, entityRef), [api, entityRef]);
  useMemo(() => prefetchModel(api, lang), [api, lang]);
  if (!loadedMlopsMaturityCard()) loadMlopsMaturityCard().catch(() => {});

  const [Card, setCard] = useState(loadedMlopsMaturityCard);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    if (Card) return undefined;
    let mounted = true;
    loadMlopsMaturityCard().then(
      component => mounted && setCard(() => component),
      e => mounted && setError(e),
    );
    return () => {
      mounted = false;
    };
  }, [Card]);

  // A chunk that failed to load goes to the extension's error boundary.
  if (error) throw error;
  if (!Card) {
    return (
      <InfoCard title={t('common.title')}>
        <Progress />
      </InfoCard>
    );
  }
  return <Card {...props} />;
}
