import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box } from '@material-ui/core';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useLoader } from '../../hooks/useLoader';
import { LoadError } from '../common/LoadError';
import { ReportPanel } from './ReportPanel';
import { RoadmapActions } from './RoadmapActions';
import { TargetsEditor } from './TargetsEditor';

/** The Roadmap view: targets per area, the ordered actions, and the report. */
export function RoadmapView({ model }: { model: LocalizedMaturityModel }) {
  const api = useApi(mlopsMaturityApiRef);
  const entityRef = useEntityRefString();
  const data = useLoader(async () => {
    const [targets, roadmap, scorecard] = await Promise.all([
      api.getTargets(entityRef),
      api.getRoadmap(entityRef),
      api.getScorecard(entityRef),
    ]);
    return { targets, roadmap, scorecard };
  }, [api, entityRef]);

  if (data.error) return <LoadError error={data.error} onRetry={data.retry} />;
  if (!data.value) return <Progress />;
  const { targets, roadmap, scorecard } = data.value;

  return (
    <>
      <TargetsEditor
        model={model}
        entityRef={entityRef}
        targets={targets}
        areaLevels={Object.fromEntries(
          scorecard.scorecard.areas.map(a => [a.areaId, a.levelId]),
        )}
        onSaved={data.retry}
      />
      <Box mt={3}>
        <RoadmapActions model={model} items={roadmap.items} />
      </Box>
      <Box mt={3}>
        <ReportPanel entityRef={entityRef} />
      </Box>
    </>
  );
}
