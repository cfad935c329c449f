// How a registry describes its Excel sheet: the framework builds the template, reads and
// checks uploads and writes the annotated error file from this description.

export interface ImportColumn {
  key: string;
  header: string;
  required?: boolean;
  width?: number;
  /** Chinese labels offered as a drop-down (long lists go to a hidden sheet). */
  choices?: readonly string[];
  /** The cell may hold several of the choices (、-separated): the drop-down suggests, never refuses. */
  multiple?: boolean;
  /** Typed as text so Excel keeps 18-digit ID numbers and leading zeros. */
  text?: boolean;
  /** One line for the instructions sheet. */
  hint?: string;
  /** Free text (remarks): tab and line breaks allowed, other control characters still refused. */
  longText?: boolean;
}

export interface ImportSheetSpec {
  /** The data sheet's name, also what the reader looks for. */
  name: string;
  columns: ImportColumn[];
  /** Paragraphs of the 填表说明 sheet. */
  instructions: string[];
}

/** 1 → A, 27 → AA. */
export const columnLetter = (index: number): string => {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};
