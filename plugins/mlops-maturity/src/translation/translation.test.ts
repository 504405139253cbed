import ptBR from './ptBR';
import { mlopsMaturityTranslationRef } from './translation';

const variables = (text: string) =>
  [...text.matchAll(/{{(\w+)}}/g)].map(m => m[1]).sort();

describe('translations', () => {
  const english = (
    mlopsMaturityTranslationRef as unknown as {
      getDefaultMessages(): Record<string, string>;
    }
  ).getDefaultMessages();
  const portuguese = ptBR.messages as Record<string, string>;

  it('translate every English message into Brazilian Portuguese', () => {
    expect(Object.keys(portuguese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(portuguese)) {
      expect(`${key}: ${text.trim() ? 'ok' : 'empty'}`).toBe(`${key}: ok`);
    }
  });

  it('keep the same placeholders as the English messages', () => {
    for (const key of Object.keys(english)) {
      expect([key, variables(portuguese[key])]).toEqual([
        key,
        variables(english[key]),
      ]);
    }
  });
});
