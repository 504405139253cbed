import { tinyModel } from '../__fixtures__/models';
import { localizeModel, toolNameIn } from './localizeModel';
import { validateModel } from './validateModel';

describe('localizeModel', () => {
  it.each(['en', 'pt-BR'] as const)(
    'replaces every text with its %s version',
    lang => {
      const model = tinyModel();
      const localized = localizeModel(model, lang);
      const suffix = lang === 'en' ? '' : ' [pt-BR]';
      expect(localized.title).toBe(`Tiny model${suffix}`);
      expect(localized.levels[1].title).toBe(`Intermediate${suffix}`);
      expect(localized.areas[0].levels.advanced.characteristics).toEqual([
        `advanced trait${suffix}`,
      ]);
      expect(localized.areas[0].criteria[2].options![2].label).toBe(
        `Fully${suffix}`,
      );
      // Nothing that is not a text changes.
      expect(localized.areas[0].criteria[2].options![2].credit).toBe(1);
      expect(localized.areas[0].levels.advanced.tools).toEqual([
        'advanced-tool',
      ]);
      expect(localized.overallLevels[1].requirements).toEqual(
        model.overallLevels[1].requirements,
      );
      expect(JSON.stringify(localized)).not.toMatch(/"pt-BR":/);
    },
  );

  it.each([
    ['en', ['Git', 'Spreadsheets']],
    ['pt-BR', ['Git', 'Planilhas']],
  ] as const)(
    'gives a tool name in %s: product names as they are, generic names translated',
    (lang, expected) => {
      const model = tinyModel();
      model.areas[0].criteria[0].exampleTools = [
        'Git',
        { en: 'Spreadsheets', 'pt-BR': 'Planilhas' },
      ];
      model.areas[0].levels.basic.tools = [
        'Git',
        { en: 'Spreadsheets', 'pt-BR': 'Planilhas' },
      ];
      const localized = localizeModel(validateModel(model), lang);
      expect(localized.areas[0].criteria[0].exampleTools).toEqual(expected);
      expect(localized.areas[0].levels.basic.tools).toEqual(expected);
      expect(
        model.areas[0].criteria[0].exampleTools.map(t => toolNameIn(t, lang)),
      ).toEqual(expected);
    },
  );

  it('refuses a tool name missing a language', () => {
    const model: any = tinyModel();
    model.areas[0].criteria[0].exampleTools = [{ en: 'Spreadsheets' }];
    expect(() => validateModel(model, 'custom.yaml')).toThrow(
      /areas\[0\]\.criteria\[0\]\.exampleTools\[0\]/,
    );
  });

  it('leaves the model itself untouched', () => {
    const model = tinyModel();
    localizeModel(model, 'pt-BR');
    expect(model).toEqual(tinyModel());
  });
});
