import { mlServiceEntity, websiteEntity } from './__fixtures__/model';
import { isMlService } from './isMlService';

describe('isMlService', () => {
  it('accepts the default ML component types and nothing else', () => {
    expect(isMlService(mlServiceEntity)).toBe(true);
    expect(
      isMlService({
        ...mlServiceEntity,
        spec: { ...mlServiceEntity.spec, type: 'model-server' },
      }),
    ).toBe(true);
    expect(isMlService(websiteEntity)).toBe(false);
    expect(isMlService({ ...mlServiceEntity, kind: 'Resource' })).toBe(false);
  });
});
