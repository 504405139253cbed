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

  it('locates a cross-check issue and a missing field at the nearest line', () => {
    const model: any = tinyModel();
    model.areas[1].criteria[2].id = 'dev-vcs';
    delete model.areas[0].description;
    const text = JSON.stringify(model, null, 2);
    const lines = text.split('\n');
    const error = errorOf(() => parseModelFile(text, 'custom.json'));
    const duplicate = error.issues.find(
      i => i.path === 'areas[1].criteria[2].id',
    );
    // Cross-checks only run on a model that passed the schema, so fix the schema error first.
    expect(duplicate).toBeUndefined();
    const missing = error.issues.find(i => i.path === 'areas[0].description')!;
    expect(missing.message).toBe('Required');
    expect(lines[missing.line! - 1]).toMatch(/^\s+\{$/);

    delete model.areas[1].criteria[2].id;
    model.areas[1].criteria[2].id = 'dev-vcs';
    model.areas[0].description = { en: 'd', 'pt-BR': 'd' };
    const fixed = JSON.stringify(model, null, 2);
    const crossError = errorOf(() => parseModelFile(fixed, 'custom.json'));
    const issue = crossError.issues[0];
    expect(issue.path).toBe('areas[1].criteria[2].id');
    expect(fixed.split('\n')[issue.line! - 1]).toContain('"id": "dev-vcs"');
  });
});
