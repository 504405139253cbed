import { tinyModel } from '../__fixtures__/models';
import { defaultModel } from './default';
import { ModelValidationError } from './ModelValidationError';
import type { MaturityModel } from './types';
import { validateModel } from './validateModel';

type Mutation = (model: any) => void;

function issuesOf(mutate: Mutation): { path: string; message: string }[] {
  const model = tinyModel();
  mutate(model);
  try {
    validateModel(model, 'custom.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ModelValidationError);
    return (error as ModelValidationError).issues;
  }
  throw new Error('expected the model to be rejected');
}

describe('validateModel', () => {
  it('accepts the fixture model and returns it with defaults filled in', () => {
    const model = tinyModel();
    delete (model.areas[0].criteria[0] as any).exampleTools;
    const valid = validateModel(model);
    expect(valid.areas[0].criteria[0].exampleTools).toEqual([]);
    expect(valid.areas[1].criteria).toHaveLength(3);
  });

  it('accepts the default model', () => {
    const valid: MaturityModel = validateModel(defaultModel, 'default model');
    expect(valid.id).toBe('mlops-maturity-default');
    expect(valid.levels.map(l => l.id)).toEqual([
      'basic',
      'intermediate',
      'advanced',
    ]);
    expect(valid.areas.map(a => a.id)).toEqual([
      'development',
      'deployment',
      'monitoring',
      'governance',
    ]);
    expect(valid.overallLevels.map(o => o.id)).toEqual([
      'initial',
      'reproducible',
      'defined',
      'managed',
      'optimized',
    ]);
  });

  it.each<[string, Mutation, string, RegExp]>([
    [
      'an answer type outside the enum',
      m => (m.areas[1].criteria[2].answerType = 'scale'),
      'areas[1].criteria[2].answerType',
      /Invalid enum value/,
    ],
    [
      'a missing translation',
      m => delete m.areas[0].title['pt-BR'],
      'areas[0].title.pt-BR',
      /Required/,
    ],
    [
      'an empty text',
      m => (m.title.en = '  '),
      'title.en',
      /must not be empty/,
    ],
    [
      'a misspelt field',
      m => (m.areas[0].criteria[1].levelID = 'advanced'),
      'areas[0].criteria[1].levelID',
      /unknown field 'levelID'/,
    ],
    [
      'an unknown rule type',
      m => (m.areas[0].criteria[0].evidence.rules[0].type = 'label'),
      'areas[0].criteria[0].evidence.rules[0].type',
      /Invalid discriminator value/,
    ],
    [
      'a credit above 1',
      m => (m.areas[0].criteria[2].options[1].credit = 1.5),
      'areas[0].criteria[2].options[1].credit',
      /less than or equal to 1/,
    ],
    [
      'a negative credit',
      m => (m.areas[0].criteria[2].options[0].credit = -0.1),
      'areas[0].criteria[2].options[0].credit',
      /greater than or equal to 0/,
    ],
    [
      'an id with spaces',
      m => (m.areas[0].id = 'dev area'),
      'areas[0].id',
      /must start with a letter or digit/,
    ],
    [
      'a single level',
      m => (m.levels = m.levels.slice(0, 1)),
      'levels',
      /floor level and at least one level above it/,
    ],
    [
      'an area without criteria',
      m => (m.areas[1].criteria = []),
      'areas[1].criteria',
      /at least 1/,
    ],
    [
      'a duplicate criterion id across areas',
      m => (m.areas[1].criteria[0].id = 'dev-vcs'),
      'areas[1].criteria[0].id',
      /duplicate criterion id 'dev-vcs' \(already used by areas\[0\]\.criteria\[0\]\)/,
    ],
    [
      'a duplicate area id',
      m => (m.areas[1].id = 'dev'),
      'areas[1].id',
      /duplicate area id 'dev'/,
    ],
    [
      'a duplicate level id',
      m => (m.levels[2].id = 'intermediate'),
      'levels[2].id',
      /duplicate level id/,
    ],
    [
      'a duplicate option id',
      m => (m.areas[0].criteria[2].options[1].id = 'manual'),
      'areas[0].criteria[2].options[1].id',
      /duplicate option id 'manual'/,
    ],
    [
      'a duplicate overall level id',
      m => (m.overallLevels[2].id = 'repeatable'),
      'overallLevels[2].id',
      /duplicate overall level id/,
    ],
    [
      'a criterion on an unknown level',
      m => (m.areas[1].criteria[1].levelId = 'expert'),
      'areas[1].criteria[1].levelId',
      /unknown level 'expert'/,
    ],
    [
      'a criterion on the floor level',
      m => (m.areas[0].criteria[0].levelId = 'basic'),
      'areas[0].criteria[0].levelId',
      /floor level/,
    ],
    [
      'options on a yes-no criterion',
      m => (m.areas[0].criteria[0].options = m.areas[0].criteria[2].options),
      'areas[0].criteria[0].options',
      /only allowed on multiple-choice/,
    ],
    [
      'a multiple-choice criterion without options',
      m => delete m.areas[0].criteria[2].options,
      'areas[0].criteria[2].options',
      /needs options/,
    ],
    [
      'a multiple-choice criterion that can never be met',
      m => (m.areas[0].criteria[2].options[2].credit = 0.9),
      'areas[0].criteria[2].options',
      /credit 1/,
    ],
    [
      'a requirement on an unknown area',
      m => (m.overallLevels[1].requirements[0].areas = ['dev', 'data']),
      'overallLevels[1].requirements[0].areas[1]',
      /unknown area 'data'/,
    ],
    [
      'a requirement on an unknown level',
      m => (m.overallLevels[2].requirements[0].atLeast = 'expert'),
      'overallLevels[2].requirements[0].atLeast',
      /unknown level 'expert'/,
    ],
    [
      'requirements on the first overall level',
      m =>
        (m.overallLevels[0].requirements = [
          { areas: 'all', atLeast: 'intermediate' },
        ]),
      'overallLevels[0].requirements',
      /must have no requirements/,
    ],
    [
      'a level an area does not describe',
      m => delete m.areas[1].levels.advanced,
      'areas[1].levels',
      /level 'advanced' is not described/,
    ],
    [
      'an area description of an unknown level',
      m => (m.areas[0].levels.expert = m.areas[0].levels.advanced),
      'areas[0].levels.expert',
      /unknown level 'expert'/,
    ],
    [
      'an annotation pattern that does not compile',
      m => (m.areas[0].criteria[0].evidence.rules[0].pattern = '(unclosed'),
      'areas[0].criteria[0].evidence.rules[0].pattern',
      /invalid regular expression/,
    ],
    [
      'a link URL pattern that does not compile',
      m =>
        m.areas[0].criteria[0].evidence.rules.push({
          type: 'link',
          urlPattern: '[a-',
        }),
      'areas[0].criteria[0].evidence.rules[1].urlPattern',
      /invalid regular expression/,
    ],
    [
      'a link rule with neither type nor pattern',
      m => m.areas[0].criteria[0].evidence.rules.push({ type: 'link' }),
      'areas[0].criteria[0].evidence.rules[1]',
      /needs a linkType, a urlPattern or both/,
    ],
  ])('rejects %s at its path', (_name, mutate, path, message) => {
    const issues = issuesOf(mutate);
    expect(issues).toContainEqual({
      path,
      message: expect.stringMatching(message),
    });
  });

  it('names the source and the path in the message, one line per issue', () => {
    const model: any = tinyModel();
    model.areas[1].criteria[2].answerType = 'scale';
    model.version = '';
    expect(() => validateModel(model, 'models/acme.yaml')).toThrow(
      /^models\/acme\.yaml: version: must not be empty\nmodels\/acme\.yaml: areas\[1\]\.criteria\[2\]\.answerType: Invalid enum value/,
    );
  });

  it('names a generic source when none is given, and rejects what is not an object', () => {
    expect(() => validateModel([])).toThrow(
      /^model: \(root\): Expected object, received array$/,
    );
  });

  it('caps the message of a model with very many issues', () => {
    const issues = issuesOf(m => {
      m.areas[0].criteria = Array.from({ length: 30 }, () => ({ id: 'x' }));
    });
    expect(issues.length).toBeGreaterThan(20);
    const message = new ModelValidationError('big.json', issues).message;
    expect(message.split('\n')).toHaveLength(21);
    expect(message).toMatch(/big\.json: \.\.\. and \d+ more issues$/);
  });
});
