import type { ChainedCommands, Editor } from '@tiptap/core';

/**
 * A command chain that starts with the editor focused. Tiptap's own `focus()` moves the focus one animation frame
 * later; keys typed in between (a quick typist after a toolbar click, or any typist on a busy device) would land on
 * the toolbar button and be lost. ProseMirror's `view.focus()` focuses at once and puts the selection back.
 */
export function chainInEditor(editor: Editor): ChainedCommands {
  editor.view.focus();
  return editor.chain().focus();
}
