import { readFileSync } from 'fs';
import { resolve } from 'path';
import { stringify } from 'yaml';
import { tinyModel } from '../__fixtures__/models';
import { ModelValidationError } from './ModelValidationError';
import { parseModelFile } from './parseModelFile';

const exampleYaml = readFileSync(
  resolve(__dirname, '../__fixtures__/example-model.yaml'),
  'utf8',
);

function errorOf(run: () => unknown): ModelValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelValidationError);
    return error as ModelValidationError;
  }
  throw new Error('expected a ModelValidationError');
}

describe('parseModelFile', () => {
  it('parses the example model of the README', () => {
    const model = parseModelFile(exampleYaml, 'example-model.yaml');
    expect(model.id).toBe('acme-ml-maturity');
    expect(model.areas.map(a => a.criteria.length)).toEqual([3, 2]);
    // Defaults are filled in for lists a level description leaves out.
    expect(model.areas[1].levels.basic.tools).toEqual([]);
    expect(model.overallLevels[0].requirements).toEqual([]);
  });

  it.each(['model.yaml', 'model.YML', 'model.json'])('reads %s', fileName => {
    const text = fileName.endsWith('json')
      ? JSON.stringify(tinyModel(), null, 2)
      : stringify(tinyModel());
    expect(parseModelFile(text, fileName)).toEqual(tinyModel());
  });

  it('rejects other file types', () => {
    const error = errorOf(() => parseModelFile('{}', 'model.toml'));
    expect(error.message).toBe(
      'model.toml: (root): unsupported file type; a model file ends in .yaml, .yml or .json',
    );
  });

  it('names the file and the line of a YAML syntax error', () => {
    const text = 'id: x\nversion: 1\ntitle: { en: a\nlevels: []\n';
    const error = errorOf(() => parseModelFile(text, 'broken.yaml'));
    expect(error.issues[0]).toMatchObject({
      path: '',
      line: expect.any(Number),
    });
    expect(error.message).toMatch(
      /^broken\.yaml: line \d+, column \d+: YAML syntax error: /,
    );
  });

  it('reports duplicate keys in YAML as a syntax error', () => {
    const error = errorOf(() => parseModelFile('id: a\nid: b\n', 'dup.yaml'));
    expect(error.message).toMatch(
      /^dup\.yaml: line 2, column 1: YAML syntax error: .*unique/,
    );
  });

  it('names the file and the line of a JSON syntax error', () => {
    const error = errorOf(() =>
      parseModelFile('{\n  "id": "x",\n  oops\n}', 'broken.json'),
    );
    expect(error.message).toMatch(
      /^broken\.json: line 3, column \d+: JSON syntax error: /,
    );
  });

  it('names the path and the line of a schema error in YAML', () => {
    const text = exampleYaml.replace(
      'answerType: practice-scale #',
      'answerType: practise-scale #',
    );
    const lineNumber =
      text.split('\n').findIndex(line => line.includes('practise-scale')) + 1;
    const error = errorOf(() => parseModelFile(text, 'acme.yaml'));
    expect(error.issues).toEqual([
      {
        path: 'areas[0].criteria[1].answerType',
        line: lineNumber,
        message: expect.stringMatching(
          /^Invalid enum value\. Expected 'yes-no' \| 'practice-scale' \| 'multiple-choice', received 'practise-scale'$/,
        ),
      },
    ]);
    expect(error.message).toMatch(
      new RegExp(
        `^acme\\.yaml: areas\\[0\\]\\.criteria\\[1\\]\\.answerType \\(line ${lineNumber}\\): Invalid enum value`,
      ),
    );
  });

  it('reports every kind of error of a file in one run: schema, references, ids and patterns', () => {
    const model: any = tinyModel();
    model.areas[1].criteria[2].answerType = 'practise-scale'; // schema
    model.areas[1].criteria[0].id = 'dev-vcs'; // duplicate id across areas
    model.areas[0].criteria[0].levelId = 'expert'; // unknown level
    model.areas[0].criteria[0].evidence.rules[0].pattern = '(unclosed'; // regex
    model.overallLevels[2].requirements[0].areas = ['nowhere']; // unknown area
    delete model.areas[0].title; // missing field
    const error = errorOf(() => parseModelFile(stringify(model), 'acme.yaml'));
    expect(error.issues.map(i => [i.path, i.message])).toEqual(
      expect.arrayContaining([
        [
          'areas[1].criteria[2].answerType',
          expect.stringMatching(/Invalid enum value/),
        ],
        ['areas[0].title', 'Required'],
        [
          'areas[1].criteria[0].id',
          expect.stringMatching(/duplicate criterion id 'dev-vcs'/),
        ],
        [
          'areas[0].criteria[0].levelId',
          expect.stringMatching(/unknown level 'expert'/),
        ],
        [
          'areas[0].criteria[0].evidence.rules[0].pattern',
          expect.stringMatching(/invalid regular expression/),
        ],
        ['overallLevels[2].requirements[0].areas[0]', "unknown area 'nowhere'"],
      ]),
    );
    // Every issue has a line in the file, and no path is reported twice.
    expect(error.issues.every(i => typeof i.line === 'number')).toBe(true);
    const paths = error.issues.map(i => i.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('survives a model too broken to cross-check, reporting what the schema finds', () => {
    const error = errorOf(() =>
      parseModelFile(
        stringify({
          id: 'x',
          version: '1',
          levels: 'basic',
          areas: [null, { criteria: 'none', levels: [] }],
          overallLevels: [{ requirements: 'all' }],
        }),
        'broken.yaml',
      ),
    );
    expect(error.issues.map(i => i.path)).toEqual(
      expect.arrayContaining(['levels', 'areas[0]', 'areas[1].criteria']),
    );
  });

  it('locates a cross-check issue and a missing field at the nearest line', () => {
    const model: any = tinyModel();
    model.areas[1].criteria[2].id = 'dev-vcs';
    delete model.areas[0].description;
    const text = JSON.stringify(model, null, 2);
    const lines = text.split('\n');
    const error = errorOf(() => parseModelFile(text, 'custom.json'));
    // The cross-check runs even though the schema failed: both are reported.
    const missing = error.issues.find(i => i.path === 'areas[0].description')!;
    expect(missing.message).toBe('Required');
    expect(lines[missing.line! - 1]).toMatch(/^\s+\{$/);
    const duplicate = error.issues.find(
      i => i.path === 'areas[1].criteria[2].id',
    )!;
    expect(duplicate.message).toMatch(/duplicate criterion id 'dev-vcs'/);
    expect(lines[duplicate.line! - 1]).toContain('"id": "dev-vcs"');
  });
});
