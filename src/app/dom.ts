/** An HTML element with a class and text content (text only: the app never parses strings as HTML). */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** A `<button type="button">` (never a form's submit) with a class and text. */
export const button = (className: string, text: string): HTMLButtonElement => {
  const b = el('button', className, text);
  b.type = 'button';
  return b;
};
