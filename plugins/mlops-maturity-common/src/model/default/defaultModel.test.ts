import type { CriterionDefinition, LocalizedText } from '../types';
import { MODEL_LANGUAGES } from '../types';
import { defaultModel } from './index';

const allCriteria: CriterionDefinition[] = defaultModel.areas.flatMap(
  area => area.criteria,
);

function isLocalizedText(value: unknown): value is LocalizedText {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return false;
  }
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'pt-BR';
}

/** Every LocalizedText in the model, with the path where it sits. */
function collectTexts(
  value: unknown,
  path: string,
  found: { path: string; text: LocalizedText }[] = [],
) {
  if (isLocalizedText(value)) {
    found.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectTexts(item, `${path}[${i}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      collectTexts(child, `${path}.${key}`, found);
    }
  }
  return found;
}

describe('defaultModel', () => {
  it('has the four areas of the founding document, in its order', () => {
    expect(defaultModel.areas.map(a => a.id)).toEqual([
      'development',
      'deployment',
      'monitoring',
      'governance',
    ]);
  });

  it('uses the basic / intermediate / advanced ladder with basic as the floor', () => {
    expect(defaultModel.levels.map(l => l.id)).toEqual([
      'basic',
      'intermediate',
      'advanced',
    ]);
  });

  it.each(defaultModel.areas.map(area => [area.id, area] as const))(
    'area %s has at least 5 intermediate and 3 advanced criteria, none on the floor',
    (_id, area) => {
      const count = (levelId: string) =>
        area.criteria.filter(c => c.levelId === levelId).length;
      expect(count('intermediate')).toBeGreaterThanOrEqual(5);
      expect(count('advanced')).toBeGreaterThanOrEqual(3);
      expect(count('intermediate') + count('advanced')).toBe(
        area.criteria.length,
      );
    },
  );

  it.each(defaultModel.areas.map(area => [area.id, area] as const))(
    'area %s describes every level with its tools, challenges on the floor and benefits above',
    (_id, area) => {
      expect(Object.keys(area.levels).sort()).toEqual(
        defaultModel.levels.map(l => l.id).sort(),
      );
      const floorId = defaultModel.levels[0].id;
      const gaps = defaultModel.levels.flatMap(level => {
        const description = area.levels[level.id];
        // The founding document lists challenges on the floor and benefits above it.
        const lists: [string, unknown[]][] = [
          ['characteristics', description.characteristics],
          ['tools', description.tools],
          level.id === floorId
            ? ['challenges', description.challenges]
            : ['benefits', description.benefits],
        ];
        return lists
          .filter(([, list]) => list.length === 0)
          .map(([name]) => `${level.id}: ${name}`);
      });
      expect(gaps).toEqual([]);
    },
  );

  it('has criterion ids that are unique, kebab-case and prefixed by their area', () => {
    const prefixes: Record<string, string> = {
      development: 'dev-',
      deployment: 'dep-',
      monitoring: 'mon-',
      governance: 'gov-',
    };
    const ids = allCriteria.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const area of defaultModel.areas) {
      for (const criterion of area.criteria) {
        expect(criterion.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
        expect(criterion.id.startsWith(prefixes[area.id])).toBe(true);
      }
    }
  });

  it('has every text filled in, in both languages', () => {
    const texts = collectTexts(defaultModel, 'model');
    // Guards the walk itself: each criterion alone has a question and a recommendation.
    expect(texts.length).toBeGreaterThan(allCriteria.length * 2);
    const empty = texts
      .filter(({ text }) =>
        MODEL_LANGUAGES.some(lang => text[lang].trim() === ''),
      )
      .map(({ path }) => path);
    expect(empty).toEqual([]);
  });

  it('translates every question, help text, recommendation and option label', () => {
    const untranslated = allCriteria.flatMap(criterion =>
      [
        criterion.question,
        criterion.help,
        criterion.recommendation,
        ...(criterion.options ?? []).map(option => option.label),
      ]
        .filter((text): text is LocalizedText => text !== undefined)
        .filter(text => text.en === text['pt-BR'])
        .map(text => `${criterion.id}: ${text.en}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('translates generic tool names and keeps product names as they are', () => {
    const tools = [
      ...allCriteria.flatMap(c => c.exampleTools),
      ...defaultModel.areas.flatMap(area =>
        Object.values(area.levels).flatMap(level => level.tools),
      ),
    ];
    const generic = tools.filter(
      (tool): tool is LocalizedText => typeof tool !== 'string',
    );
    expect(generic.map(tool => tool.en)).toEqual(
      expect.arrayContaining(['Spreadsheets', 'Manual scripts', 'Basic logs']),
    );
    expect(generic.filter(tool => tool.en === tool['pt-BR'])).toEqual([]);
    // Generic words left untranslated would read English in Portuguese.
    const plain = tools.filter(
      (tool): tool is string => typeof tool === 'string',
    );
    expect(
      plain.filter(name =>
        /^(spreadsheets|documents|scripts|manual|basic|tools)\b/i.test(name),
      ),
    ).toEqual([]);
  });

  it('gives every criterion a recommendation, example tools and a help text', () => {
    for (const criterion of allCriteria) {
      expect(criterion.exampleTools.length).toBeGreaterThan(0);
      expect(['low', 'medium', 'high']).toContain(criterion.effort);
      expect(criterion.help).toBeDefined();
    }
  });

  it('gives options to multiple-choice criteria only, with credits in [0, 1] and one full credit', () => {
    const multipleChoice = allCriteria.filter(
      c => c.answerType === 'multiple-choice',
    );
    expect(multipleChoice.length).toBeGreaterThan(0);
    const stray = allCriteria.filter(
      c => c.answerType !== 'multiple-choice' && c.options !== undefined,
    );
    expect(stray.map(c => c.id)).toEqual([]);
    for (const criterion of multipleChoice) {
      const options = criterion.options ?? [];
      const credits = options.map(o => o.credit);
      expect(options.length).toBeGreaterThanOrEqual(2);
      expect(new Set(options.map(o => o.id)).size).toBe(options.length);
      expect(credits.filter(c => !(c >= 0 && c <= 1))).toEqual([]);
      expect(credits).toContain(1);
      expect(Math.min(...credits)).toBeLessThan(1);
    }
  });

  it('marks as sufficient only facts the catalog fully knows', () => {
    const sufficient = allCriteria.flatMap(criterion =>
      (criterion.evidence?.rules ?? [])
        .filter(rule => rule.sufficient)
        .map(rule => ({ id: criterion.id, rule })),
    );
    expect(sufficient.length).toBeGreaterThan(0);
    for (const { id, rule } of sufficient) {
      const knownFact =
        rule.type === 'ownerIsGroup' ||
        rule.type === 'field' ||
        (rule.type === 'annotation' &&
          rule.key === 'backstage.io/techdocs-ref');
      expect({ id, knownFact }).toEqual({ id, knownFact: true });
    }
  });

  it('refers to the demo deployment collector from exactly one criterion', () => {
    const withCollector = allCriteria.filter(criterion =>
      criterion.evidence?.rules.some(
        rule =>
          rule.type === 'collector' && rule.collectorId === 'demo-deployments',
      ),
    );
    expect(withCollector.map(c => c.id)).toEqual(['dep-release-process']);
  });

  it('has the five overall levels with the requirements the README states', () => {
    expect(defaultModel.overallLevels.map(o => [o.id, o.requirements])).toEqual(
      [
        ['initial', []],
        ['reproducible', [{ areas: ['development'], atLeast: 'intermediate' }]],
        [
          'defined',
          [
            {
              areas: ['development', 'deployment', 'governance'],
              atLeast: 'intermediate',
            },
          ],
        ],
        ['managed', [{ areas: 'all', atLeast: 'intermediate' }]],
        ['optimized', [{ areas: 'all', atLeast: 'advanced' }]],
      ],
    );
  });

  it('names the MLOps Community assessment where its reading applies: Managed and Optimized', () => {
    expect(
      defaultModel.overallLevels
        .filter(o => o.crosswalk?.mlopsCommunity)
        .map(o => o.id),
    ).toEqual(['managed', 'optimized']);
    const managed = defaultModel.overallLevels.find(o => o.id === 'managed');
    // The assessment calls a project mature when its first four sections are all yes.
    expect(managed?.crosswalk?.mlopsCommunity).toMatch(
      /^MLOps mature .*documentation.*traceability.*code quality.*monitoring/,
    );
  });

  it('has overall requirements that name existing areas and levels', () => {
    const areaIds = defaultModel.areas.map(a => a.id);
    const levelIds = defaultModel.levels.map(l => l.id);
    const requirements = defaultModel.overallLevels.flatMap(
      o => o.requirements,
    );
    const namedAreas = requirements.flatMap(r =>
      r.areas === 'all' ? [] : r.areas,
    );
    expect(
      requirements.map(r => r.atLeast).filter(id => !levelIds.includes(id)),
    ).toEqual([]);
    expect(namedAreas.filter(id => !areaIds.includes(id))).toEqual([]);
    expect(requirements.filter(r => r.areas.length === 0)).toEqual([]);
  });
});
