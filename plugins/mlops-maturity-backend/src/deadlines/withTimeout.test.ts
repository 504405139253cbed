import { withTimeout } from './withTimeout';

class Late extends Error {}

describe('withTimeout', () => {
  it('passes on a result that comes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, 'X')).resolves.toBe(7);
  });

  it('names what did not answer, or rejects with the error given', async () => {
    const never = new Promise<never>(() => {});
    await expect(withTimeout(never, 10, 'The catalog')).rejects.toThrow(
      'The catalog did not answer within 10 ms',
    );
    await expect(
      withTimeout(never, 10, () => new Late('late')),
    ).rejects.toBeInstanceOf(Late);
  });
});
