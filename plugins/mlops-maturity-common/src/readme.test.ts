import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseModelFile } from './model/parseModelFile';

describe('README', () => {
  const readme = readFileSync(resolve(__dirname, '../README.md'), 'utf8');
  const fixture = readFileSync(
    resolve(__dirname, '__fixtures__/example-model.yaml'),
    'utf8',
  );

  it('shows exactly the example model that the tests parse', () => {
    const block =
      /<!-- example-model:start -->\s*```yaml\n([\s\S]*?)```\s*<!-- example-model:end -->/.exec(
        readme,
      );
    expect(block?.[1]).toBe(fixture);
    expect(parseModelFile(block![1], 'README example.yaml').id).toBe(
      'acme-ml-maturity',
    );
  });
});
