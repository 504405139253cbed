import path from 'node:path';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { defaultModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import { readSeedFile } from './readSeedFile';

const fixture = (name: string) => path.resolve(__dirname, '__fixtures__', name);
const now = new Date('2026-03-31T00:00:00.000Z');

describe('readSeedFile', () => {
  const mockDir = createMockDirectory();

  it('reads submissions, drafts and targets and computes the levels', async () => {
    const data = await readSeedFile({
      filePath: fixture('seed.yaml'),
      model: defaultModel,
      now,
      staleAfterDays: 180,
    });

    expect(data.submissions).toHaveLength(2);
    const [older, recent] = data.submissions;
    expect(older).toMatchObject({
      entityRef: 'component:default/fraud-scorer',
      submittedBy: 'user:default/ana',
      submittedAt: new Date('2025-09-01T08:00:00.000Z'),
      modelId: defaultModel.id,
      modelVersion: defaultModel.version,
      areaLevels: { development: 'basic' },
    });
    // `-30d` is thirty days before the import.
    expect(recent.submittedAt).toEqual(new Date('2026-03-01T00:00:00.000Z'));
    expect(recent).toMatchObject({
      overallLevel: 'reproducible',
      areaLevels: { development: 'intermediate', deployment: null },
    });
    expect(recent.answers['dev-code-reviewed-tested'].evidenceLinks).toEqual([
      'https://ci.example.com/fraud-scorer',
    ]);

    expect(data.drafts).toEqual([
      {
        entityRef: 'component:default/churn-model',
        answers: { 'dev-code-versioned': { value: 'yes', note: 'Half done.' } },
        updatedBy: 'user:default/cy',
        updatedAt: new Date('2026-03-29T00:00:00.000Z'),
      },
    ]);
    expect(data.targets).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/fraud-scorer',
        targets: { development: 'advanced' },
      }),
    ]);
  });

  it('gives seeded submissions the same ids on every read', async () => {
    const read = (at: Date) =>
      readSeedFile({
        filePath: fixture('seed.yaml'),
        model: defaultModel,
        now: at,
        staleAfterDays: 180,
      });
    const first = await read(now);
    const second = await read(new Date('2026-04-02T00:00:00.000Z'));
    expect(second.submissions.map(s => s.id)).toEqual(
      first.submissions.map(s => s.id),
    );
    expect(new Set(first.submissions.map(s => s.id)).size).toBe(2);
    for (const { id } of first.submissions) {
      expect(id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('names the config key, the file and every wrong path', async () => {
    const error = await readSeedFile({
      filePath: fixture('invalid-seed.yaml'),
      model: defaultModel,
      now,
      staleAfterDays: 180,
    }).catch(e => e);
    expect(error.message).toContain('mlopsMaturity.seed.file');
    expect(error.message).toContain(fixture('invalid-seed.yaml'));
    expect(error.message).toContain(
      '[0].submissions[0].answers.dev-code-versioned.value',
    );
    expect(error.message).toContain('[0].targets.development');
  });

  it.each([
    [
      'an unknown field',
      '- entityRef: component:default/a\n  colour: red\n',
      /colour/,
    ],
    [
      'a bad date',
      '- entityRef: component:default/a\n  submissions:\n    - { submittedAt: yesterday, submittedBy: user:default/a, answers: {} }\n',
      /\[0\]\.submissions\[0\]\.submittedAt/,
    ],
    [
      'the same entity twice',
      '- entityRef: component:default/a\n- entityRef: Component:default/A\n',
      /\[1\]\.entityRef: Component:default\/A is already listed at \[0\]/,
    ],
    [
      'a malformed entity ref',
      '- entityRef: just-a-name\n',
      /\[0\]\.entityRef/,
    ],
    [
      'YAML syntax errors',
      '- entityRef: [unclosed\n',
      /mlopsMaturity\.seed\.file/,
    ],
  ])('rejects %s', async (_, content, message) => {
    mockDir.setContent({ 'seed.yaml': content });
    await expect(
      readSeedFile({
        filePath: mockDir.resolve('seed.yaml'),
        model: defaultModel,
        now,
        staleAfterDays: 180,
      }),
    ).rejects.toThrow(message);
  });

  it('reads JSON files too', async () => {
    mockDir.setContent({
      'seed.json': JSON.stringify([
        {
          entityRef: 'component:default/a',
          targets: { monitoring: 'advanced' },
        },
      ]),
    });
    const data = await readSeedFile({
      filePath: mockDir.resolve('seed.json'),
      model: defaultModel,
      now,
      staleAfterDays: 180,
    });
    expect(data.targets[0].targets).toEqual({ monitoring: 'advanced' });
  });

  it.each([
    [
      'a wrong entry, by its position',
      JSON.stringify([
        { entityRef: 'component:default/a' },
        { entityRef: 'component:default/b', colour: 'red' },
      ]),
      /\[1\]: Unrecognized key\(s\) in object: 'colour'/,
    ],
    [
      'a list that is not one',
      '{"entityRef": "component:default/a"}',
      /: Expected array/,
    ],
    [
      'a syntax error after valid entries',
      '[{"entityRef": "component:default/a"}, {"entityRef": }]',
      /mlopsMaturity\.seed\.file/,
    ],
  ])('rejects JSON with %s', async (_, content, message) => {
    mockDir.setContent({ 'seed.json': content });
    await expect(
      readSeedFile({
        filePath: mockDir.resolve('seed.json'),
        model: defaultModel,
        now,
        staleAfterDays: 180,
      }),
    ).rejects.toThrow(message);
  });
});
