module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  overrides: [
    {
      // Examples for a Backstage backend (see the README): they import the
      // packages of that backend, which this package does not depend on.
      files: ['examples/**'],
      rules: { '@backstage/no-undeclared-imports': 'off' },
    },
  ],
});
