/**
 * Only logical CSS (inline/block, start/end), in .css files and in .svelte <style> blocks, so right-to-left
 * pages (Arabic, Persian) mirror without a second stylesheet. No stylistic rules: prettier formats.
 */
export default {
  plugins: ['stylelint-plugin-logical-css'],
  overrides: [{ files: ['**/*.svelte'], customSyntax: 'postcss-html' }],
  rules: {
    'logical-css/require-logical-keywords': [true, { ignore: ['caption-side', 'offset-anchor', 'offset-position'] }],
    'logical-css/require-logical-properties': true,
    'logical-css/require-logical-units': true,
  },
};
