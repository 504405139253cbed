/**
 * The generated ML services (Components of `spec.type` ml-service,
 * model-server or ml-pipeline) and a few ordinary services that must not be
 * scored. Their catalog metadata is uneven on purpose, like a real catalog:
 * rich services carry many tool annotations, typed links and `dependsOn`
 * Resources; bare ones only the required fields.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  padded,
  pick,
  randomInt,
  sample,
  weighted,
  type Random,
} from '../random';
import type { BenchOrganisation, BenchTeam } from './organisation';
import {
  PURPOSES,
  SHAPES,
  TAGS,
  serviceLinks,
  toolAnnotations,
} from './serviceMetadata';

/** A generated ML service and the team that owns it. */
export interface BenchService {
  name: string;
  team: BenchTeam;
}

type Richness = 'rich' | 'medium' | 'bare';

function serviceEntity(
  random: Random,
  name: string,
  team: BenchTeam,
  org: BenchOrganisation,
): Entity {
  const richness = weighted<Richness>(random, {
    rich: 25,
    medium: 45,
    bare: 30,
  });
  const all = toolAnnotations(name);
  const keys = Object.keys(all);
  const annotationCount = {
    rich: randomInt(random, 7, keys.length),
    medium: randomInt(random, 2, 5),
    bare: 0,
  }[richness];
  const annotations = Object.fromEntries(
    sample(random, keys, annotationCount).map(k => [k, all[k]]),
  );
  const linkCount = {
    rich: randomInt(random, 2, 5),
    medium: randomInt(random, 0, 2),
    bare: 0,
  }[richness];
  const dependsOn =
    richness === 'bare'
      ? []
      : [
          ...sample(random, org.resources.dataset, randomInt(random, 1, 3)),
          ...(random() < 0.5 ? [pick(random, org.resources['ai-model'])] : []),
          ...(richness === 'rich' && random() < 0.4
            ? [pick(random, org.resources['feature-store'])]
            : []),
        ];
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      title: name
        .split('-')
        .slice(0, 2)
        .map(w => w[0].toUpperCase() + w.slice(1))
        .join(' '),
      ...(richness === 'bare' && random() < 0.5
        ? {}
        : { description: `Generated ${name} for the benchmark.` }),
      tags: sample(
        random,
        TAGS,
        randomInt(random, richness === 'bare' ? 0 : 1, 4),
      ),
      ...(annotationCount ? { annotations } : {}),
      ...(linkCount
        ? { links: sample(random, serviceLinks(name), linkCount) }
        : {}),
    },
    spec: {
      type: weighted(random, {
        'ml-service': 40,
        'model-server': 35,
        'ml-pipeline': 25,
      }),
      lifecycle: weighted(random, {
        production: 60,
        experimental: 30,
        deprecated: 10,
      }),
      owner: `group:default/${team.name}`,
      system: pick(random, team.systems),
      ...(dependsOn.length ? { dependsOn } : {}),
    },
  };
}

/** Per team a weight in [0.5, 1.5): teams own different numbers of services. */
function teamPicker(random: Random, teams: BenchTeam[]): () => BenchTeam {
  const cumulative: number[] = [];
  let total = 0;
  for (const _ of teams) cumulative.push((total += 0.5 + random()));
  return () => {
    const roll = random() * total;
    return (
      teams[cumulative.findIndex(c => roll < c)] ?? teams[teams.length - 1]
    );
  };
}

/**
 * Generates `count` ML services (the first few owned by the guest's team, so
 * that it always owns some) plus `count / 20` ordinary services.
 */
export function generateServices(
  random: Random,
  org: BenchOrganisation,
  count: number,
): { entities: Entity[]; services: BenchService[] } {
  const nextTeam = teamPicker(random, org.teams);
  const entities: Entity[] = [];
  const services: BenchService[] = [];
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const team = i < 8 ? org.guestTeam : nextTeam();
    const name = `${pick(random, PURPOSES)}-${pick(random, SHAPES)}-${padded(
      i,
      width,
    )}`;
    services.push({ name, team });
    entities.push(serviceEntity(random, name, team, org));
  }
  for (let i = 0; i < Math.ceil(count / 20); i++) {
    const team = nextTeam();
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `web-service-${padded(i, width)}` },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: `group:default/${team.name}`,
        system: pick(random, team.systems),
      },
    });
  }
  return { entities, services };
}
