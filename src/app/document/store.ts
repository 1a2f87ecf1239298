/**
 * A person's documents kept in this browser (IndexedDB) across reloads until they are removed.
 * Nothing is sent anywhere. Where storage is unavailable (private windows of some browsers, a
 * blocked database) the document is still shown for this visit; `save` then rejects and the panel
 * says so.
 */
import type { DocumentExtract } from '../../core/document/extract-document.ts';
import type { UnitChoice } from '../../core/document/match-units.ts';

export interface StoredDocument {
  /** Local id, `mine-<n>`. */
  id: string;
  name: string;
  kind: 'text' | 'docx' | 'pdf';
  encoding?: string;
  text: string;
  extract: DocumentExtract;
  /** The person's (or the matcher's) choice for each unit, in the extract's unit order. */
  choices: (UnitChoice | null)[];
  added: string;
}

const DB = 'pilot-atlas-documents';
const STORE = 'documents';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export const saveDocument = (doc: StoredDocument): Promise<unknown> => run('readwrite', (s) => s.put(doc));
export const removeStoredDocument = (id: string): Promise<unknown> => run('readwrite', (s) => s.delete(id));
/** The kept documents, oldest first; [] where storage is unavailable. */
export async function storedDocuments(): Promise<StoredDocument[]> {
  try {
    const all = (await run('readonly', (s) => s.getAll())) as StoredDocument[];
    return all.sort((a, b) => a.added.localeCompare(b.added));
  } catch {
    return [];
  }
}
/** Whether any document is kept, without loading the import's code (the page asks this after its first view). */
export async function hasStoredDocuments(): Promise<boolean> {
  try {
    return (await run('readonly', (s) => s.count())) > 0;
  } catch {
    return false;
  }
}
