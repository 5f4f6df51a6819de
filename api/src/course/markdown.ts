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

/**
 * Resolves an image written in a course file (`![alt](media/photo.jpg)`) to the address it is served
 * from, or returns a problem to report. Supplied by the course loader.
 */
export type ImageResolver = (src: string, alt: string, line: number | undefined) => string | null;

// Images are inline tokens, which carry no line numbers; give them their paragraph's, for error messages.
markdown.core.ruler.push('image_lines', (state) => {
  for (const block of state.tokens) {
    for (const child of block.children ?? []) if (child.type === 'image') child.map = block.map;
  }
});

const defaultImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const src = String(token.attrGet('src') ?? '');
  const resolveImage = (env as { resolveImage?: ImageResolver } | undefined)?.resolveImage;
  const resolved = resolveImage?.(src, alt, token.map ? token.map[0] + 1 : undefined);
  if (!resolved) return '';
  token.attrSet('src', resolved);
  token.attrSet('loading', 'lazy');
  return defaultImage(tokens, index, options, env, self);
};

export function renderMarkdown(source: string, resolveImage?: ImageResolver): string {
  return markdown.render(source, { resolveImage });
}

// Parses with HTML recognised, only to find it: what the renderer above would show as escaped text is reported instead.
const htmlFinder = new MarkdownIt({ html: true });

/** The (0-based) lines of the Markdown that hold raw HTML, block or inline. */
export function rawHtmlLines(source: string): number[] {
  const lines = new Set<number>();
  for (const block of htmlFinder.parse(source, {})) {
    if (block.type === 'html_block' && block.map) lines.add(block.map[0]);
    if (block.children?.some((child) => child.type === 'html_inline') && block.map) lines.add(block.map[0]);
  }
  return [...lines].sort((a, b) => a - b);
}
