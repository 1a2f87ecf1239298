/**
 * The layout editor's “在地图上放置 / Place on the map”: a draft's member the boundaries do not hold
 * (a belt's name, a park, a town) is placed by clicks on the map — one for a circle, node, core,
 * zone or cluster, two or more in order for a belt, axis or corridor, ended by Enter or “完成” — and
 * the place reference at the caret can be moved to a clicked point. The spec's text gets the points
 * as `{ "at": [lng, lat], "label": … }`, its element marked as the person's reading
 * (src/core/layout/place-by-click.ts), and the editor recompiles. Esc, or the button pressed again, cancels.
 */
import { placeMember, placeRefAtCaret, pointsNeeded, refAt, type MemberToPlace } from '../../core/layout/place-by-click.ts';
import type { Lang } from '../../core/url-state.ts';
import { el } from '../dom.ts';
import { t } from '../i18n.ts';

export interface PlaceHost {
  lang: Lang;
  /** Hands the map's clicks to `take` until the returned function is called; absent without a map. */
  pickPoints?: (take: (at: [number, number]) => void) => () => void;
  /** The spec's text, and the caret's offset in it (null when the text box is not shown). */
  text(): string;
  caret(): number | null;
  /** Replaces the spec's text and recompiles it. */
  replace(text: string): void;
}

type Target = { kind: 'member'; member: MemberToPlace; button: HTMLButtonElement } | { kind: 'caret'; offset: number; button: HTMLButtonElement };

const fixed = (v: number) => v.toFixed(4);

export class MapPlacer {
  readonly element: HTMLElement;
  private readonly status: HTMLParagraphElement;
  private readonly list: HTMLUListElement;
  private readonly done: HTMLButtonElement;
  private target: Target | null = null;
  private points: [number, number][] = [];
  private stop: (() => void) | null = null;
  private readonly onKey = (event: KeyboardEvent) => {
    if (!this.target) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.cancel();
    } else if (event.key === 'Enter' && this.target.kind === 'member' && this.points.length >= pointsNeeded(this.target.member.kind)) {
      event.preventDefault();
      this.finish();
    }
  };

  constructor(private readonly host: PlaceHost) {
    const { lang } = host;
    this.element = el('section', 'layout-editor-place');
    this.element.append(el('h3', undefined, t(lang, 'placeTitle')));
    this.list = el('ul', 'layout-editor-place-list');
    const caret = el('button', 'atlas-button place-caret', t(lang, 'placeCaret'));
    caret.type = 'button';
    caret.addEventListener('click', () => {
      if (this.target?.button === caret) return this.cancel();
      const offset = host.caret();
      if (offset === null || !refAt(host.text(), offset)) return this.say(t(lang, 'placeNoRef'));
      this.toggle({ kind: 'caret', offset, button: caret });
    });
    this.done = el('button', 'atlas-button place-done', t(lang, 'placeDone'));
    this.done.type = 'button';
    this.done.hidden = true;
    this.done.addEventListener('click', () => this.finish());
    this.status = el('p', 'layout-editor-place-status');
    this.status.setAttribute('role', 'status');
    this.element.append(this.list, caret, this.done, this.status);
    document.addEventListener('keydown', this.onKey, true);
  }

  /** The members of the draft now in the editor to place, as given (setMembers). */
  members: readonly MemberToPlace[] = [];

  /** The members of the draft now in the editor to place (src/core/document/draft-spec.ts › toPlace); none for a shipped spec. */
  setMembers(members: readonly MemberToPlace[]): void {
    this.members = members;
    this.cancel();
    this.status.textContent = '';
    this.list.replaceChildren(
      ...members.map((member) => {
        const button = el('button', 'atlas-button place-member', t(this.host.lang, 'placeMember', { name: member.member }));
        button.type = 'button';
        button.dataset.member = member.member;
        button.addEventListener('click', () => this.toggle({ kind: 'member', member, button }));
        const li = el('li');
        li.append(button);
        return li;
      }),
    );
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  private toggle(target: Target): void {
    if (this.target?.button === target.button) return this.cancel();
    this.end();
    if (!this.host.pickPoints) return this.say(t(this.host.lang, 'placeNoMap'));
    this.target = target;
    this.points = [];
    target.button.setAttribute('aria-pressed', 'true');
    this.stop = this.host.pickPoints((at) => this.click(at));
    this.prompt();
  }

  private prompt(): void {
    const { lang } = this.host;
    const target = this.target;
    if (!target) return;
    const name = target.kind === 'member' ? target.member.member : (refAt(this.host.text(), target.offset)?.label ?? '');
    const line = target.kind === 'member' && pointsNeeded(target.member.kind) > 1;
    this.done.hidden = !line;
    this.done.disabled = !line || this.points.length < 2;
    this.say(line ? t(lang, 'placeClickLine', { name, n: this.points.length }) : t(lang, 'placeClickOne', { name }));
  }

  private click(at: [number, number]): void {
    const target = this.target;
    if (!target) return;
    this.points.push(at);
    if (target.kind === 'caret' || pointsNeeded(target.member.kind) === 1) this.finish();
    else this.prompt();
  }

  /** Writes the points into the spec (when there are enough) and stops taking clicks. */
  private finish(): void {
    const target = this.target;
    if (!target) return;
    const { lang } = this.host;
    const text = this.host.text();
    const point = this.points[0];
    const next =
      target.kind === 'member' ? placeMember(text, target.member, this.points) : point ? placeRefAtCaret(text, target.offset, point) : null;
    this.end();
    if (next === null) return this.say(t(lang, 'placeNotSpec'));
    const name = target.kind === 'member' ? target.member.member : (refAt(text, target.offset)?.label ?? '');
    this.host.replace(next);
    if (target.kind === 'member') target.button.disabled = true;
    this.say(t(lang, 'placePlaced', { name, lng: fixed(point![0]), lat: fixed(point![1]) }));
  }

  private end(): void {
    this.stop?.();
    this.stop = null;
    this.target?.button.removeAttribute('aria-pressed');
    this.target = null;
    this.points = [];
    this.done.hidden = true;
  }

  cancel(): void {
    if (!this.target) return;
    this.end();
    this.say(t(this.host.lang, 'placeCancelled'));
  }

  /** Stops taking the map's clicks and listening for keys (the editor closed). */
  dispose(): void {
    this.end();
    document.removeEventListener('keydown', this.onKey, true);
  }
}
