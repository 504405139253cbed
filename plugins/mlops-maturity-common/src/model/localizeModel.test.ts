import { tinyModel } from '../__fixtures__/models';
import { localizeModel } from './localizeModel';

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

  it('leaves the model itself untouched', () => {
    const model = tinyModel();
    localizeModel(model, 'pt-BR');
    expect(model).toEqual(tinyModel());
  });
});
