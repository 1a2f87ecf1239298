/**
 * The documents a person dropped, held in this page's memory for the source viewer: a record of
 * such a document cites `source.doc` = its local id, and the viewer opens its lines from here
 * rather than fetching data/sources/. Filled by the document import (./index.ts) and by the
 * restore from this browser's storage; emptied when the person removes a document.
 */
export interface LocalDocument {
  id: string;
  /** The file's name as the person's system gave it. */
  name: string;
  /** The title line the extraction read (a batch: its first heading). */
  title: string;
  lines: string[];
}

export const localDocuments = new Map<string, LocalDocument>();

/** Local ids: `mine-<n>`, never one of the corpus's ids (those have no such prefix). */
export const isLocalDocument = (id: string): boolean => /^mine-\d+$/.test(id);
