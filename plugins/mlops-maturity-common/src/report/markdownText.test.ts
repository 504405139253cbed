import {
  escapeMarkdownText,
  escapeTableCell,
  markdownLink,
  safeLinkUrl,
} from './markdownText';

/** The URL an attacker would put in a link; the rule guards real code, not test input. */
// eslint-disable-next-line no-script-url
const SCRIPT_URL = 'javascript:alert(1)';

describe('escapeMarkdownText', () => {
  it.each([
    // Ordinary titles stay as they are.
    ['Fraud Scorer', 'Fraud Scorer'],
    ['Weights & Biases', 'Weights & Biases'],
    ['Area [pt-BR]', 'Area [pt-BR]'],
    ['scikit-learn (1.5)', 'scikit-learn (1.5)'],
    [42, '42'],
    // HTML cannot start: tags and character references show as written.
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
    ['&lt;b&gt; &#60; &#x3C;', '&amp;lt;b&amp;gt; &amp;\\#60; &amp;\\#x3C;'],
    // No link, image or link definition.
    ['see [x](javascript:alert(1))', 'see [x\\](javascript:alert(1))'],
    ['see ![x](https://e.test/p.png)', 'see ![x\\](https://e.test/p.png)'],
    ['see [x][ref]', 'see [x\\][ref]'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['[ref]: javascript:alert(1)', '\\[ref\\]: javascript:alert(1)'],
    // No emphasis, code, strikethrough or cell break.
    [
      '**bold** _it_ `code` ~~gone~~',
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~',
    ],
    ['a | b', 'a \\| b'],
    ['back\\slash', 'back\\\\slash'],
    // No block at the start of a line, and no heading closer at the end.
    ['# Heading', '\\# Heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=====', '\\====='],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['> quote', '&gt; quote'],
    ['[ ] task', '\\[ ] task'],
    ['C #', 'C \\#'],
    // One line: a newline would end the heading, item or paragraph.
    ['one\n\ntwo\r\n  three', 'one two three'],
    ['  padded  ', 'padded'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });
});

describe('escapeTableCell', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['one\ntwo\r\nthree\rfour', 'one<br>two<br>three<br>four'],
    ['back\\slash', 'back\\\\slash'],
    [42, '42'],
    ['-', '-'],
    ['#', '#'],
    ['Weights & Biases', 'Weights & Biases'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a<br>b', 'a&lt;br&gt;b'],
    ['[x](javascript:alert(1))', '[x\\](javascript:alert(1))'],
    ['*x* _y_', '\\*x\\* \\_y\\_'],
  ])('escapes %j', (input, expected) => {
    expect(escapeTableCell(input)).toBe(expected);
  });
});

describe('safeLinkUrl', () => {
  it.each([
    ['https://grafana.example.com/d/abc', 'https://grafana.example.com/d/abc'],
    ['http://example.com', 'http://example.com/'],
    ['  HTTPS://Example.com/a b  ', 'https://example.com/a%20b'],
    ['https://e.test/a_(b)?q=|x|', 'https://e.test/a_%28b%29?q=%7Cx%7C'],
    ['https://e.test/<x>', 'https://e.test/%3Cx%3E'],
    [SCRIPT_URL, null],
    [' JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['mailto:a@b.test', null],
    ['/relative/path', null],
    ['//example.com/x', null],
    ['not a url', null],
    ['', null],
  ])('accepts %j as %j', (input, expected) => {
    expect(safeLinkUrl(input)).toBe(expected);
  });
});

describe('markdownLink', () => {
  it.each([
    ['Dashboard', 'https://e.test/d', '[Dashboard](https://e.test/d)'],
    ['', 'https://e.test/d', '[https://e.test/d](https://e.test/d)'],
    ['[x](y) *z*', 'https://e.test/', '[\\[x\\](y) \\*z\\*](https://e.test/)'],
    ['<b>', 'https://e.test/', '[&lt;b&gt;](https://e.test/)'],
    ['Run', SCRIPT_URL, 'Run (javascript:alert(1))'],
    [SCRIPT_URL, SCRIPT_URL, SCRIPT_URL],
    ['x', `${SCRIPT_URL}<b>`, 'x (javascript:alert(1)&lt;b&gt;)'],
    ['x', 'data:text/html,<script>', 'x (data:text/html,&lt;script&gt;)'],
    ['[a]', '/relative', '\\[a] (/relative)'],
  ])('links %j to %j as %j', (label, url, expected) => {
    expect(markdownLink(label, url)).toBe(expected);
  });
});
