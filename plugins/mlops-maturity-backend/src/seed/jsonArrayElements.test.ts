import { jsonArrayElements } from './jsonArrayElements';

describe('jsonArrayElements', () => {
  it('parses each element of an array, as JSON.parse would', () => {
    const value = [
      { a: 1, b: ['x', { c: 'with "quotes", [brackets] and {braces}' }] },
      'text \\ with a backslash',
      42,
      null,
      true,
      [],
      {},
      [[1, 2], [3]],
    ];
    const text = JSON.stringify(value, null, 2);
    expect([...jsonArrayElements(text)]).toEqual(JSON.parse(text));
    expect([...jsonArrayElements(JSON.stringify(value))]).toEqual(value);
  });

  it('reads an empty array', () => {
    expect([...jsonArrayElements(' [ ] \n')]).toEqual([]);
  });

  it('parses lazily, one element at a time', () => {
    const elements = jsonArrayElements('[{"a":1},{"b":2}]');
    expect(elements.next().value).toEqual({ a: 1 });
    expect(elements.next().value).toEqual({ b: 2 });
    expect(elements.next().done).toBe(true);
  });

  it.each([
    ['not an array', '{"a": 1}'],
    ['an unclosed array', '[{"a": 1},'],
    ['an unclosed object', '[{"a": 1'],
    ['a bad element', '[{"a": nope}]'],
    ['a missing comma', '[{"a": 1} {"b": 2}]'],
    ['text after the array', '[1] 2'],
  ])('rejects %s', (_, text) => {
    expect(() => [...jsonArrayElements(text)]).toThrow(SyntaxError);
  });
});
