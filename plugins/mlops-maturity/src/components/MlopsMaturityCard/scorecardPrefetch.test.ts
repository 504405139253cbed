import { createFakeApi } from '../../__fixtures__/fakeApi';
import { ENTITY_REF } from '../../__fixtures__/model';
import {
  PREFETCH_TTL_MS,
  peekPrefetchedScorecard,
  prefetchModel,
  prefetchScorecard,
  prefetchedModel,
  takePrefetchedScorecard,
} from './scorecardPrefetch';

describe('scorecard prefetch', () => {
  it('hands the started request to the first taker instead of asking again', async () => {
    const api = createFakeApi();
    prefetchScorecard(api, ENTITY_REF, 1000);
    const taken = takePrefetchedScorecard(api, ENTITY_REF, 1500);
    expect(taken).toBe(api.getScorecard.mock.results[0].value);
    await expect(taken).resolves.toMatchObject({
      assessed: { submissionId: 's2' },
    });
    expect(api.getScorecard).toHaveBeenCalledTimes(1);
    expect(api.getScorecard).toHaveBeenCalledWith(ENTITY_REF);
  });

  it('hands each request out once, so a retry asks the backend again', () => {
    const api = createFakeApi();
    prefetchScorecard(api, ENTITY_REF, 1000);
    expect(takePrefetchedScorecard(api, ENTITY_REF, 1100)).toBeDefined();
    expect(takePrefetchedScorecard(api, ENTITY_REF, 1200)).toBeUndefined();
  });

  it('does not ask again while a recent request stands, taken or not', () => {
    const api = createFakeApi();
    prefetchScorecard(api, ENTITY_REF, 1000);
    prefetchScorecard(api, ENTITY_REF, 1200);
    takePrefetchedScorecard(api, ENTITY_REF, 1300);
    prefetchScorecard(api, ENTITY_REF, 1400);
    expect(api.getScorecard).toHaveBeenCalledTimes(1);
    prefetchScorecard(api, 'component:default/other', 1400);
    expect(api.getScorecard).toHaveBeenCalledTimes(2);
  });

  it('neither hands out nor keeps a request that is too old', () => {
    const api = createFakeApi();
    prefetchScorecard(api, ENTITY_REF, 1000);
    expect(
      takePrefetchedScorecard(api, ENTITY_REF, 1000 + PREFETCH_TTL_MS),
    ).toBeUndefined();
    prefetchScorecard(api, ENTITY_REF, 1000 + PREFETCH_TTL_MS);
    expect(api.getScorecard).toHaveBeenCalledTimes(2);
  });

  it('keeps the requests of different API instances apart', () => {
    const api = createFakeApi();
    prefetchScorecard(api, ENTITY_REF, 1000);
    expect(
      takePrefetchedScorecard(createFakeApi(), ENTITY_REF, 1100),
    ).toBeUndefined();
  });

  it('leaves a failure to whoever takes the request', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () => {
        throw new Error('backend down');
      }),
    });
    prefetchScorecard(api, ENTITY_REF, 1000);
    await expect(
      takePrefetchedScorecard(api, ENTITY_REF, 1100),
    ).rejects.toThrow('backend down');
  });

  it('lets a render peek at an arrived answer without taking the request', async () => {
    const api = createFakeApi();
    prefetchScorecard(api, ENTITY_REF, 1000);
    expect(peekPrefetchedScorecard(api, ENTITY_REF, 1000)).toBeUndefined();
    await api.getScorecard.mock.results[0].value;
    await Promise.resolve();
    expect(peekPrefetchedScorecard(api, ENTITY_REF, 1100)).toMatchObject({
      assessed: { submissionId: 's2' },
    });
    expect(peekPrefetchedScorecard(api, ENTITY_REF, 1100)).toBeDefined();
    expect(takePrefetchedScorecard(api, ENTITY_REF, 1200)).toBeDefined();
    expect(peekPrefetchedScorecard(api, ENTITY_REF, 1300)).toBeUndefined();
  });

  it('remembers the model once it has arrived, per API instance and language', async () => {
    const api = createFakeApi();
    prefetchModel(api, 'en');
    expect(prefetchedModel(api, 'en')).toBeUndefined();
    await api.getModel.mock.results[0].value;
    await Promise.resolve();
    expect(prefetchedModel(api, 'en')).toMatchObject({
      areas: expect.any(Array),
    });
    expect(prefetchedModel(api, 'pt-BR')).toBeUndefined();
    expect(prefetchedModel(createFakeApi(), 'en')).toBeUndefined();
  });
});
