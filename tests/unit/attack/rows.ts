// Every row of the attack table, in class order.
import type { Row } from './check.ts';
import { IMPORT_ROWS } from './rows-import.ts';
import { DATA_ROWS } from './rows-data.ts';
import { URL_ROWS } from './rows-url.ts';
import { MESSAGE_ROWS } from './rows-message.ts';
import { EDITOR_ROWS } from './rows-editor.ts';
import { PAGE_ROWS } from './rows-pages.ts';

export const ROWS: Row[] = [...IMPORT_ROWS, ...DATA_ROWS, ...URL_ROWS, ...MESSAGE_ROWS, ...EDITOR_ROWS, ...PAGE_ROWS];
