import { Editor, type JSONContent } from '@tiptap/core';
import type { CalloutOptions } from './callout.ts';
import { chainInEditor } from './editor-focus.ts';
import { lessonExtensions, lessonSchema } from './lesson-extensions.ts';
import { docToMarkdown, markdownToDoc } from './lesson-markdown.ts';

export interface LessonEditorOptions {
  element: HTMLElement;
  markdown: string;
  /** The callout kinds' names in the trainer's language. */
  calloutLabels: CalloutOptions['labels'];
  /** Attributes of the editable element: its role, name and description. */
  attributes: Record<string, string>;
  /** Called with the body as Markdown after every change the trainer makes (not when the editor opens). */
  onchange: (markdown: string) => void;
  /** Called after every transaction (selection moves too), for the toolbar's pressed states. */
  ontransaction: () => void;
}

/** The rich-text editor of a lesson body. Loaded on demand, so only the authoring page carries it. */
export function createLessonEditor(options: LessonEditorOptions): Editor {
  return new Editor({
    element: options.element,
    extensions: lessonExtensions(options.calloutLabels),
    content: markdownToDoc(lessonSchema(), options.markdown).toJSON() as JSONContent,
    editorProps: { attributes: options.attributes },
    onUpdate: ({ editor }) => options.onchange(docToMarkdown(editor.state.doc)),
    onTransaction: () => options.ontransaction(),
  });
}

/** Puts Markdown (an image the upload form made) at the cursor, as editor content. */
export function insertMarkdown(editor: Editor, markdown: string): void {
  const content = markdownToDoc(editor.schema, markdown).toJSON() as JSONContent;
  chainInEditor(editor)
    .insertContent(content.content ?? [])
    .run();
}
