// The analyst's workspace: everything the analyst adds on top of the engine's output.
// Persisted in the project file; never lost, even when the analysed text changes.
import type { TagStatus } from './model';

export const PROJECT_FORMAT = 'parallax.project';
export const PROJECT_VERSION = 1;

/** Identifies a statement independently of engine ids, so a tag can re-anchor when text changes. */
export interface ClaimAnchor {
  /** source path relative to its folder */
  path: string;
  /** the statement text (quote) */
  quote: string;
  /** origin offset in the decoded file when tagged */
  start: number;
}

export interface TagRecord {
  /** alignment id when tagged */
  alignmentId: string;
  /** anchors of the member statements, for re-anchoring */
  anchors: ClaimAnchor[];
  status: TagStatus | null;
  note: string;
  updatedAt: string;
}

export interface LinkRecord {
  id: string;
  anchors: ClaimAnchor[];
  createdAt: string;
}

export interface NameVariant {
  /** canonical key or display name */
  canonical: string;
  variants: string[];
}

export interface Project {
  format: typeof PROJECT_FORMAT;
  version: number;
  folders: string[];
  /** outlet names set by the analyst, keyed by source path */
  outlets: Record<string, string>;
  tags: TagRecord[];
  links: LinkRecord[];
  nameVariants: NameVariant[];
  /** revision counter, increased on every save; used to detect concurrent writers */
  revision: number;
  updatedAt: string;
}

export function emptyProject(folders: string[] = []): Project {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    folders,
    outlets: {},
    tags: [],
    links: [],
    nameVariants: [],
    revision: 0,
    updatedAt: new Date(0).toISOString(),
  };
}
