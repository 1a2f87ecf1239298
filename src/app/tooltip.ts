/** A hover tooltip that follows the pointer; its text is set as text, never as HTML. */
export class Tooltip {
  private readonly element: HTMLDivElement;

  constructor(parent: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'atlas-tooltip';
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
    parent.append(this.element);
  }

  show(text: string, x: number, y: number): void {
    this.element.textContent = text;
    this.element.style.transform = `translate(${Math.round(x + 12)}px, ${Math.round(y + 12)}px)`;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
