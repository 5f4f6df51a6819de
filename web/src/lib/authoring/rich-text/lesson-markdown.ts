import MarkdownIt, { type MarkdownIt as Markdown } from 'markdown-it';
import markdownItContainer from 'markdown-it-container';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import {
  defaultMarkdownSerializer,
  MarkdownParser,
  MarkdownSerializer,
  type MarkdownSerializerState,
  type ParseSpec,
} from 'prosemirror-markdown';
import { CALLOUT_KINDS } from './callout-kinds.ts';

/*
 * Course Markdown in and out of the editor. The reader is markdown-it with the callout containers, as the api's
 * course loader has it (api/src/course/markdown.ts), so the editor sees exactly the blocks a learner will; only
 * typographer and linkify are off, so quotes and bare addresses stay as written (the loader still applies both).
 */
type Token = ReturnType<Markdown['parse']>[number];
type Env = Parameters<Markdown['parse']>[1];
// @types/markdown-it-container is written against the older community markdown-it types.
const container = markdownItContainer as unknown as (md: Markdown, name: string) => void;

const reader = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
for (const kind of CALLOUT_KINDS) reader.use(container, kind);

// A line break inside a paragraph stays a line break, so a file written back renders to the same HTML.
const tokenizer = {
  parse(text: string, env: Env): Token[] {
    const tokens = reader.parse(text, env);
    for (const block of tokens) {
      for (const child of block.children ?? []) {
        if (child.type === 'softbreak') Object.assign(child, { type: 'text', content: '\n' });
      }
    }
    return tokens;
  },
};

// markdown-it sets `hidden` on the paragraphs of a tight list.
function listIsTight(tokens: Token[], index: number): boolean {
  for (let i = index + 1; i < tokens.length; i++) if (tokens[i]?.type !== 'list_item_open') return tokens[i]?.hidden ?? false;
  return false;
}

const calloutSpecs: Record<string, ParseSpec> = Object.fromEntries(
  CALLOUT_KINDS.map((kind) => [`container_${kind}`, { block: 'callout', getAttrs: () => ({ kind }) }]),
);

const parseSpecs: Record<string, ParseSpec> = {
  paragraph: { block: 'paragraph' },
  heading: { block: 'heading', getAttrs: (token) => ({ level: Number(token.tag.slice(1)) }) },
  blockquote: { block: 'blockquote' },
  bullet_list: { block: 'bulletList', getAttrs: (_, tokens, index) => ({ tight: listIsTight(tokens, index) }) },
  ordered_list: {
    block: 'orderedList',
    getAttrs: (token, tokens, index) => ({ start: Number(token.attrGet('start') ?? 1), tight: listIsTight(tokens, index) }),
  },
  list_item: { block: 'listItem' },
  code_block: { block: 'codeBlock', noCloseToken: true },
  fence: { block: 'codeBlock', getAttrs: (token) => ({ language: token.info.trim() || null }), noCloseToken: true },
  hr: { node: 'horizontalRule' },
  hardbreak: { node: 'hardBreak' },
  image: {
    node: 'image',
    getAttrs: (token) => ({
      src: token.attrGet('src'),
      alt: token.children?.map((child) => child.content).join('') ?? '',
      title: token.attrGet('title') || null,
    }),
  },
  em: { mark: 'italic' },
  strong: { mark: 'bold' },
  s: { mark: 'strike' },
  link: { mark: 'link', getAttrs: (token) => ({ href: token.attrGet('href'), title: token.attrGet('title') || null }) },
  code_inline: { mark: 'code', noCloseToken: true },
  ...calloutSpecs,
};

const parsers = new WeakMap<Schema, MarkdownParser>();

/** A lesson body as an editor document of the schema given (the editor's). */
export function markdownToDoc(schema: Schema, markdown: string): ProseMirrorNode {
  let parser = parsers.get(schema);
  if (!parser) {
    parser = new MarkdownParser(schema, tokenizer as unknown as ConstructorParameters<typeof MarkdownParser>[1], parseSpecs);
    parsers.set(schema, parser);
  }
  return parser.parse(markdown);
}

type NodeWriter = (state: MarkdownSerializerState, node: ProseMirrorNode, parent: ProseMirrorNode, index: number) => void;
const defaults = defaultMarkdownSerializer.nodes as Record<string, NodeWriter>;

function writeOrderedList(state: MarkdownSerializerState, node: ProseMirrorNode) {
  const start = Number(node.attrs.start ?? 1);
  const width = String(start + node.childCount - 1).length;
  state.renderList(node, ' '.repeat(width + 2), (i) => {
    const number = String(start + i);
    return `${' '.repeat(width - number.length)}${number}. `;
  });
}

function writeCodeBlock(state: MarkdownSerializerState, node: ProseMirrorNode) {
  // A fence longer than any run of backticks inside, so the code cannot close it.
  const longest = Math.max(2, ...(node.textContent.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  state.write(`${fence}${String(node.attrs.language ?? '')}\n`);
  state.text(node.textContent, false);
  state.write('\n');
  state.write(fence);
  state.closeBlock(node);
}

// `::: kind`, the blocks inside, and `:::` on the line after the last of them.
function writeCallout(state: MarkdownSerializerState, node: ProseMirrorNode) {
  state.write(`::: ${String(node.attrs.kind)}`);
  state.ensureNewLine();
  state.renderContent(node);
  (state as unknown as { flushClose(size: number): void }).flushClose(1);
  state.write(':::');
  state.closeBlock(node);
}

const writer = new MarkdownSerializer(
  {
    paragraph: defaults.paragraph!,
    heading: defaults.heading!,
    blockquote: defaults.blockquote!,
    bulletList: (state, node) => state.renderList(node, '  ', () => '- '),
    orderedList: writeOrderedList,
    listItem: defaults.list_item!,
    codeBlock: writeCodeBlock,
    horizontalRule: defaults.horizontal_rule!,
    hardBreak: defaults.hard_break!,
    image: defaults.image!,
    text: defaults.text!,
    callout: writeCallout,
  },
  {
    italic: defaultMarkdownSerializer.marks.em!,
    bold: defaultMarkdownSerializer.marks.strong!,
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    code: defaultMarkdownSerializer.marks.code!,
    link: defaultMarkdownSerializer.marks.link!,
  },
  // Written escaped, as the text they are: `<` (it would start raw HTML, refused in course files), `&name;` (an entity)
  // and `:::` at the start of a line (it would open or close a callout).
  { escapeExtraCharacters: /<|&(?=#?\w+;)|^:(?=::)/g },
);

/** An editor document as a lesson body: course Markdown, ending with one newline. */
export function docToMarkdown(doc: ProseMirrorNode): string {
  return `${writer.serialize(doc).trimEnd()}\n`;
}
