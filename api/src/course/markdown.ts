import MarkdownIt, { type MarkdownIt as Markdown } from 'markdown-it';
import markdownItContainer from 'markdown-it-container';

// @types/markdown-it-container is written against the older community markdown-it types.
type CalloutOptions = { render(tokens: { nesting: number }[], index: number): string };
const container = markdownItContainer as unknown as (md: Markdown, name: string, options: CalloutOptions) => void;

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
