// markdown-it-container ships no types of its own, and @types/markdown-it-container is written
// against an older markdown-it than the one (with its own types) that we use.
declare module 'markdown-it-container' {
  import type { PluginWithOptions } from 'markdown-it';
  const container: PluginWithOptions<{ render(tokens: { nesting: number }[], index: number): string }>;
  export default container;
}
