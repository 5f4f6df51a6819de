/** A media file of a draft: its bytes are in storage (`course-media/<hash><extension>`), stored once by hash. */
export interface DraftMedia {
  hash: string;
  size: number;
}

/**
 * A draft's course folder: the text files (course.yaml, units/<id>.<locale>.md) by path, and its media by path.
 * The same paths as in `courses/<id>/`, so the folder can be zipped out and checked by `pnpm courses:check`.
 */
export interface DraftFolder {
  files: Record<string, string>;
  media: Record<string, DraftMedia>;
}
