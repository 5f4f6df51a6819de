import MarkdownIt from 'markdown-it';
import container from 'markdown-it-container';

const CALLOUTS = ['note', 'tip', 'warning'] as const;

// Raw HTML is off: course text is Markdown only, so nothing in a course file can inject markup.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });
for (const kind of CALLOUTS) {
  markdown.use(container, kind, {
    render(tokens: { nesting: number }[], index: number) {
      return tokens[index]?.nesting === 1 ? `<aside class="callout callout-${kind}" data-callout="${kind}">\n` : '</aside>\n';
    },
  });
}

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
