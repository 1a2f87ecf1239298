/**
 * The 演示 / Present entry: a button (in the container the page gives, or floating) that opens a
 * list of the stories; picking one starts it. The list lives in <body>, placed under the button,
 * so that no stacking context of the header keeps it under the map. All text goes in as text.
 */
import type { Lang } from '../../core/url-state.ts';
import type { StoryIndexEntry } from '../../core/schema/story.ts';
import { t } from '../i18n.ts';

let menus = 0;

export class StoryPicker {
  readonly element = document.createElement('div');
  readonly button = document.createElement('button');
  private readonly menu = document.createElement('div');
  private readonly heading = document.createElement('p');
  private readonly list = document.createElement('ul');
  private entries: StoryIndexEntry[] = [];
  private lang: Lang = 'zh';
  private readonly onOutside = (event: PointerEvent) => {
    const target = event.target as Node;
    if (!this.menu.hidden && !this.element.contains(target) && !this.menu.contains(target)) this.closeMenu();
  };

  constructor(
    container: Element,
    floating: boolean,
    private readonly onPick: (id: string) => void,
  ) {
    const { element, button, menu } = this;
    element.className = floating ? 'story-entry story-entry-floating' : 'story-entry';
    button.type = 'button';
    button.className = 'atlas-button story-entry-button';
    button.disabled = true; // until the index arrives
    button.setAttribute('aria-haspopup', 'true');
    button.setAttribute('aria-expanded', 'false');
    menu.className = 'story-menu';
    menu.id = `story-menu-${++menus}`;
    menu.hidden = true;
    button.setAttribute('aria-controls', menu.id);
    this.heading.className = 'story-menu-title';
    menu.append(this.heading, this.list);
    element.append(button);
    container.append(element);
    document.body.append(menu);

    button.addEventListener('click', () => (menu.hidden ? this.openMenu() : this.closeMenu()));
    menu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !menu.hidden) {
        event.stopPropagation();
        this.closeMenu();
        button.focus();
      }
    });
    document.addEventListener('pointerdown', this.onOutside);
    this.setLang(this.lang);
  }

  /** Lists the stories (enables the button). */
  update(entries: StoryIndexEntry[], lang: Lang): void {
    this.entries = entries;
    this.button.disabled = entries.length === 0;
    this.setLang(lang);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.button.textContent = t(lang, 'present');
    this.button.setAttribute('aria-label', t(lang, 'presentLabel'));
    this.heading.textContent = t(lang, 'pickerTitle');
    this.list.replaceChildren(
      ...this.entries.map((entry) => {
        const item = document.createElement('li');
        const pick = document.createElement('button');
        pick.type = 'button';
        pick.className = 'story-menu-item';
        pick.dataset.story = entry.id;
        const title = document.createElement('span');
        title.textContent = entry.title[lang];
        const count = document.createElement('span');
        count.className = 'story-menu-count';
        count.textContent = t(lang, 'slides', { n: entry.slides });
        pick.append(title, count);
        // Within the click: the player may ask for full screen, which needs the user's gesture.
        pick.addEventListener('click', () => {
          this.closeMenu();
          this.onPick(entry.id);
        });
        item.append(pick);
        return item;
      }),
    );
  }

  openMenu(): void {
    // Below the button, right-aligned with it; above it when the button floats at the bottom.
    const box = this.button.getBoundingClientRect();
    const floating = this.element.classList.contains('story-entry-floating');
    this.menu.style.right = `${Math.max(8, innerWidth - box.right)}px`;
    this.menu.style.top = floating ? '' : `${box.bottom + 6}px`;
    this.menu.style.bottom = floating ? `${innerHeight - box.top + 6}px` : '';
    this.menu.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.list.querySelector('button')?.focus();
  }

  closeMenu(): void {
    this.menu.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }

  destroy(): void {
    document.removeEventListener('pointerdown', this.onOutside);
    this.element.remove();
    this.menu.remove();
  }
}
