/** Escapes text for XML and HTML, in element content and in quoted attributes alike. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
