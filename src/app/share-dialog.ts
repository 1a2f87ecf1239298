import { serializeState, type Camera, type Lang, type ViewState } from '../core/url-state.ts';
import { t } from './i18n.ts';
import { el } from './dom.ts';
import { MOUNT_DEFAULTS } from './mount.ts';

type Bounds = [west: number, south: number, east: number, north: number];

/**
 * The region a map of `width` × `height` px shows at `camera`, [west, south, east, north] in degrees.
 * MapLibre's zoom counts 512-px tiles in Web Mercator: at zoom z the world is 512·2^z px wide.
 */
export function viewBounds(camera: Camera, width: number, height: number): Bounds {
  const world = 512 * 2 ** camera.zoom;
  const rad = Math.PI / 180;
  const cx = ((camera.center[0] + 180) / 360) * world;
  const cy = ((1 - Math.log(Math.tan(Math.PI / 4 + (camera.center[1] * rad) / 2)) / Math.PI) / 2) * world;
  const b = camera.bearing * rad;
  // The frame's corners, turned by the bearing.
  const corners = [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy]) => {
    const dx = (sx! * width) / 2;
    const dy = (sy! * height) / 2;
    return [cx + dx * Math.cos(b) - dy * Math.sin(b), cy + dx * Math.sin(b) + dy * Math.cos(b)] as const;
  });
  const lng = (x: number) => Math.max(-180, Math.min(180, (x / world) * 360 - 180));
  const lat = (y: number) => Math.max(-85, Math.min(85, Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / world))) / rad));
  const xs = corners.map(([x]) => lng(x));
  const ys = corners.map(([, y]) => lat(y));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * What an embed of the author's view should fit: the region they see, or — on a national view,
 * one that shows all of China without much more — China itself, so that a frame of another
 * shape shows China as large as it can.
 */
export function embedBounds(camera: Camera, width: number, height: number): Bounds {
  const seen = viewBounds(camera, width, height);
  const home = MOUNT_DEFAULTS.homeBounds;
  const slack = 0.5;
  const national =
    seen[0] <= home[0] + slack && seen[1] <= home[1] + slack && seen[2] >= home[2] - slack && seen[3] >= home[3] - slack &&
    seen[2] - seen[0] <= 2 * (home[2] - home[0]) && seen[3] - seen[1] <= 2 * (home[3] - home[1]);
  return national ? [...home] : seen;
}

const PRESETS = [
  { id: 'small', width: '640', height: '420' },
  { id: 'medium', width: '800', height: '560' },
  { id: 'wide', width: '100%', height: '520' },
] as const;


/** The snippets of a view: its link, an iframe of embed.html, and the custom element. Pure. */
export function shareSnippets(appUrl: string, state: ViewState, options: { width: string; height: string; lang: Lang; origin?: string; mapSize?: [number, number] }) {
  // The author's view travels as bounds, which each frame fits at its own size (not a center and
  // zoom that suit the author's window only).
  const bounds = state.bounds ?? (state.camera && options.mapSize ? embedBounds(state.camera, ...options.mapSize) : null);
  const viewState: ViewState = { ...state, lang: options.lang, view: null, ...(bounds ? { bounds, camera: null } : {}) };
  const query = serializeState(viewState);
  const app = new URL(appUrl);
  const dir = app.href.replace(/[^/]*([?#].*)?$/, '');
  const origins = options.origin ? `&origins=${encodeURIComponent(options.origin)}` : '';
  const embed = `${dir}embed.html${query ? `?${query}` : '?'}${origins}`.replace('?&', '?');
  // As the URL writes them (rounded), for the element's attribute.
  const boundsText = new URLSearchParams(query).get('bounds');
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const title = t(options.lang, 'title');
  const iframe = `<iframe src="${attr(embed)}" width="${attr(options.width)}" height="${attr(options.height)}" style="border:0" title="${attr(title)}" loading="lazy"></iframe>`;
  const element = [
    `<link rel="stylesheet" href="${attr(dir)}widget/pilot-atlas.css">`,
    `<script type="module" src="${attr(dir)}widget/pilot-atlas.js"></script>`,
    `<pilot-atlas${state.indicator ? ` indicator="${attr(state.indicator)}"` : ''}${state.year ? ` year="${state.year}"` : ''}${state.layout ? ` layout="${attr(state.layout)}"` : ''}${state.pilot ? ` pilot="${attr(state.pilot)}"` : ''}${boundsText ? ` bounds="${attr(boundsText)}"` : ''} lang="${options.lang}" style="height:${/^\d+$/.test(options.height) ? `${options.height}px` : attr(options.height)}"></pilot-atlas>`,
  ].join('\n');
  return { link: `${dir}index.html${query ? `?${query}` : ''}`, embed, iframe, element };
}

/** The “share / embed” dialog: the link and the iframe code of the current view, with size and language. */
export class ShareDialog {
  private readonly dialog: HTMLDialogElement;

  constructor(
    parent: HTMLElement,
    private readonly getState: () => ViewState,
    /** The author's map, whose size turns the camera into the region they see. */
    private readonly getMap: () => HTMLElement | null = () => document.querySelector<HTMLElement>('.atlas-map'),
  ) {
    this.dialog = el('dialog', 'share-dialog');
    this.dialog.setAttribute('aria-labelledby', 'share-title');
    parent.append(this.dialog);
  }

  open(): void {
    const state = this.getState();
    const lang0 = state.lang;
    const form = el('form');
    form.method = 'dialog';
    const heading = el('h2', undefined, t(lang0, 'shareTitle'));
    heading.id = 'share-title';
    const size = el('select');
    size.name = 'size';
    for (const p of PRESETS) size.append(new Option(`${p.width} × ${p.height}`, p.id));
    size.value = 'medium';
    const lang = el('select');
    lang.name = 'lang';
    lang.append(new Option('中文', 'zh'), new Option('English', 'en'));
    lang.value = lang0;
    const origin = el('input');
    origin.name = 'origin';
    origin.placeholder = 'https://portal.example.gov.cn';
    const fields = el('div', 'share-fields');
    const field = (label: string, control: HTMLElement) => {
      const l = el('label', 'atlas-field');
      l.append(el('span', undefined, label), control);
      return l;
    };
    fields.append(field(t(lang0, 'shareSize'), size), field(t(lang0, 'shareLang'), lang), field(t(lang0, 'shareOrigin'), origin));
    const outputs = (['link', 'iframe', 'element'] as const).map((key) => {
      const box = el('textarea', 'share-code');
      box.readOnly = true;
      box.rows = key === 'link' ? 2 : 4;
      box.name = key;
      const copy = el('button', 'atlas-button', t(lang0, 'copy'));
      copy.type = 'button';
      copy.addEventListener('click', () => {
        box.select();
        void navigator.clipboard?.writeText(box.value).catch(() => document.execCommand('copy'));
      });
      const wrap = el('div', 'share-output');
      wrap.append(el('h3', undefined, t(lang0, key === 'link' ? 'shareLink' : key === 'iframe' ? 'shareIframe' : 'shareElement')), box, copy);
      return { key, box, wrap };
    });
    const update = () => {
      const preset = PRESETS.find((p) => p.id === size.value) ?? PRESETS[1];
      const o = origin.value.trim();
      let safeOrigin: string | undefined;
      try {
        safeOrigin = o ? new URL(o).origin : undefined;
      } catch {
        safeOrigin = undefined;
      }
      const map = this.getMap();
      const mapSize: [number, number] | undefined = map && map.clientWidth > 0 && map.clientHeight > 0 ? [map.clientWidth, map.clientHeight] : undefined;
      const s = shareSnippets(location.href, this.getState(), {
        width: preset.width,
        height: preset.height,
        lang: lang.value as Lang,
        ...(safeOrigin ? { origin: safeOrigin } : {}),
        ...(mapSize ? { mapSize } : {}),
      });
      for (const o2 of outputs) o2.box.value = s[o2.key];
    };
    for (const c of [size, lang, origin]) c.addEventListener('input', update);
    const close = el('button', 'atlas-button', t(lang0, 'close'));
    close.value = 'close';
    form.append(heading, fields, ...outputs.map((o) => o.wrap), close);
    this.dialog.replaceChildren(form);
    update();
    this.dialog.showModal();
  }
}
