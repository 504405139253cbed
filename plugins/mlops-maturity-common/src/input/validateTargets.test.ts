import { tinyModel } from '../__fixtures__/models';
import { validateTargets } from './validateTargets';
import type { TargetIssue } from './inputIssues';

describe('validateTargets', () => {
  it('accepts level ids for area ids, including none at all', () => {
    expect(
      validateTargets(tinyModel(), { dev: 'advanced', ops: 'intermediate' }),
    ).toEqual({
      ok: true,
      targets: { dev: 'advanced', ops: 'intermediate' },
    });
    expect(validateTargets(tinyModel(), {})).toEqual({ ok: true, targets: {} });
  });

  it.each<[string, unknown, TargetIssue]>([
    [
      'targets that are not an object',
      'advanced',
      {
        path: '',
        message: 'targets must be an object from area id to level id',
      },
    ],
    [
      'an unknown area',
      { data: 'advanced' },
      {
        areaId: 'data',
        path: 'data',
        message: "Area 'data': unknown area; expected one of dev, ops",
      },
    ],
    [
      'an unknown level',
      { dev: 'expert' },
      {
        areaId: 'dev',
        path: 'dev',
        message:
          'Area \'dev\': "expert" is not a level; expected one of basic, intermediate, advanced',
      },
    ],
    [
      'a level that is not text',
      { ops: 2 },
      {
        areaId: 'ops',
        path: 'ops',
        message:
          "Area 'ops': 2 is not a level; expected one of basic, intermediate, advanced",
      },
    ],
  ])('rejects %s', (_name, input, issue) => {
    expect(validateTargets(tinyModel(), input)).toEqual({
      ok: false,
      issues: [issue],
    });
  });
});
