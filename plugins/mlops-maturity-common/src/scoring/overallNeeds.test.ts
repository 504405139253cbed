import { defaultModel } from '../model/default';
import { overallNeeds, type OverallRulesModel } from './overallNeeds';

const AREAS = ['development', 'deployment', 'monitoring', 'governance'];
const B = 'basic';
const I = 'intermediate';
const A = 'advanced';

function levels(given: Record<string, string>) {
  return AREAS.map(areaId => ({ areaId, levelId: given[areaId] ?? null }));
}

describe('overallNeeds (default model rules)', () => {
  it.each<
    [string, Record<string, string>, string | null, string | null, string[]]
  >([
    ['nothing assessed', {}, null, 'initial', []],
    [
      'all Basic: Initial, Development must reach Intermediate',
      { development: B, deployment: B, monitoring: B, governance: B },
      'initial',
      'reproducible',
      ['development:basic->intermediate'],
    ],
    [
      'only Deployment assessed: Initial; Development (not assessed) must rise',
      { deployment: I },
      'initial',
      'reproducible',
      ['development:null->intermediate'],
    ],
    [
      'Development Intermediate: Reproducible; Deployment and Governance must rise',
      { development: I, deployment: B, monitoring: B, governance: B },
      'reproducible',
      'defined',
      ['deployment:basic->intermediate', 'governance:basic->intermediate'],
    ],
    [
      'three areas Intermediate: Defined; Monitoring must rise',
      { development: I, deployment: A, monitoring: B, governance: I },
      'defined',
      'managed',
      ['monitoring:basic->intermediate'],
    ],
    [
      'all Intermediate: Managed; every area below Advanced must rise',
      { development: A, deployment: I, monitoring: I, governance: I },
      'managed',
      'optimized',
      [
        'deployment:intermediate->advanced',
        'monitoring:intermediate->advanced',
        'governance:intermediate->advanced',
      ],
    ],
    [
      'all Advanced: Optimized, nothing next',
      { development: A, deployment: A, monitoring: A, governance: A },
      'optimized',
      null,
      [],
    ],
  ])('%s', (_, given, current, next, shortfalls) => {
    const needs = overallNeeds(defaultModel, levels(given));
    expect(needs.currentLevelId).toBe(current);
    expect(needs.next?.overallLevelId ?? null).toBe(next);
    expect(
      (needs.next?.shortfalls ?? []).map(
        s => `${s.areaId}:${s.levelId}->${s.requiredLevelId}`,
      ),
    ).toEqual(shortfalls);
  });

  it('marks every rung up to the current one reached and lists each later rung cumulatively', () => {
    const needs = overallNeeds(
      defaultModel,
      levels({ development: I, deployment: B, monitoring: B, governance: B }),
    );
    expect(needs.ladder.map(s => s.reached)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    // Managed needs every area at Intermediate, Development already is.
    expect(needs.ladder[3].shortfalls.map(s => s.areaId)).toEqual([
      'deployment',
      'monitoring',
      'governance',
    ]);
    expect(needs.ladder[1].shortfalls).toEqual([]);
  });

  it('keeps a level below a failed one unreached even when its own rule holds', () => {
    const model: OverallRulesModel = {
      levels: [{ id: 'l0' }, { id: 'l1' }, { id: 'l2' }],
      areas: [{ id: 'x' }, { id: 'y' }],
      overallLevels: [
        { id: 'o0', requirements: [] },
        { id: 'o1', requirements: [{ areas: ['x'], atLeast: 'l2' }] },
        { id: 'o2', requirements: [{ areas: ['y'], atLeast: 'l1' }] },
      ],
    };
    const needs = overallNeeds(model, [
      { areaId: 'x', levelId: 'l1' },
      { areaId: 'y', levelId: 'l2' },
    ]);
    expect(needs.currentLevelId).toBe('o0');
    expect(needs.ladder.map(s => s.reached)).toEqual([true, false, false]);
    expect(needs.next?.shortfalls).toEqual([
      { areaId: 'x', levelId: 'l1', requiredLevelId: 'l2' },
    ]);
    // The higher requirement of an earlier rung carries over.
    expect(needs.ladder[2].shortfalls).toEqual([
      { areaId: 'x', levelId: 'l1', requiredLevelId: 'l2' },
    ]);
  });
});
