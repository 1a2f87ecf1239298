import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { ViewState } from '../../core/url-state.ts';
import type { AtlasData } from '../atlas-data.ts';
import type { Emitter } from '../events.ts';
import type { Fallback } from '../nowebgl.ts';
import type { ThematicView } from '../thematic-view.ts';
import type { splitPilots } from '../../render/pilots-style.ts';
import type { KnownValues } from '../url-check.ts';
import type { PickingInfo } from '@deck.gl/core';
import type { Lang } from '../../core/url-state.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { LayoutFeature } from '../../core/layout/features.ts';
import type { UserFile } from '../../core/user-data.ts';
import type { PlanDetail } from '../plan-detail.ts';
import type { AtlasEvents } from './types.ts';

export type PilotSources = ReturnType<typeof splitPilots>;

/** The thematic layer (thematic.ts): fills by the measure, its legend, the title over the map. */
export interface ThematicPart {
  readonly legend: HTMLElement;
  readonly title: HTMLElement;
  shown(): PilotFeature[];
  /** The pilots' sources for the state, coloured by its measure: the first view's style starts with them. */
  pilotSources(): PilotSources;
  /** The title and legend of the view pilotSources() computed, before the map has drawn. */
  showFirstLegend(): void;
  apply(): void;
  renderTitle(): void;
  frameShown(animate: boolean): void;
}

/** The plan overlay (plan.ts): a compiled plan or the editor's draft, its legend, cue and detail card. */
export interface PlanPart {
  readonly details: PlanDetail;
  readonly cue: { show(on: boolean, lang?: Lang): void };
  readonly legend: HTMLElement;
  readonly shownId: string | null;
  readonly active: boolean;
  features(): { drawn: LayoutFeature[] | null; draft: LayoutFeature[] | null };
  padding(): { top: number; right: number; bottom: number; left: number };
  showLegendFirst(id: string): Promise<void>;
  show(fly: boolean): Promise<void>;
  setDraft(features: LayoutFeature[] | null, fly: boolean): void;
}

/** A person's own file on the map (user.ts). */
export interface UserPart {
  readonly legend: HTMLElement;
  readonly shown: boolean;
  render(): void;
  set(file: UserFile | null): Promise<void>;
  /** Reads, joins and classifies a file's bytes off the page's main thread, then shows it as `set` does. */
  importBytes(name: string, bytes: ArrayBuffer): Promise<void>;
}

/** Hover and picks (picking.ts). */
export interface PickingPart {
  readonly hovered: string | null;
  setFlag(id: string | null, key: 'hover' | 'selected', value: boolean): void;
  select(id: string | null): void;
  onDeckHover(info: PickingInfo<PilotFeature>): void;
  onDeckClick(info: PickingInfo<PilotFeature>): void;
  attach(map: MapLibreMap): void;
  /** Hands the map's clicks to `take` (their [lng, lat]) instead of picking, until `stop` (see AtlasController.pickPoints). */
  takeClicks(take: (at: [number, number]) => void): () => void;
}

/** The frame around the map (frame.ts): inset, labels' language, attribution, notes. */
export interface FramePart {
  readonly inset: HTMLElement;
  attach(map: MapLibreMap): void;
  followZoom(): void;
  setLang(lang: Lang): void;
  showError(error: Error): void;
  showProblem(problem: unknown): void;
}

/**
 * What the parts of a mounted map share: the element, the state, the data and the map once they
 * exist, and each other. The controller (mount.ts) makes it; each part reads what it needs.
 */
export interface MapContext {
  readonly element: HTMLElement;
  /** URL the data folder is resolved against. */
  readonly base: string;
  readonly emitter: Emitter<AtlasEvents>;
  /** The view state. The controller sets it; parts that move the camera or drop values update it too. */
  state: ViewState;
  /** Set once loaded. */
  data: AtlasData | null;
  /** Values the loaded data knows (null until it has loaded). */
  known: KnownValues | null;
  /** The WebGL map, and deck.gl's overlay on it (null before they exist, without WebGL, and until a plan or draft needs deck.gl). */
  map: MapLibreMap | null;
  overlay: MapLibreOverlay | null;
  /** The SVG map drawn where WebGL is missing. */
  fallback: Fallback | null;
  /** The thematic view of the state (null: plain pilots). */
  view: ThematicView | null;
  /** Factor on label text (setTextScale). */
  textScale: number;
  readonly thematic: ThematicPart;
  readonly plan: PlanPart;
  readonly user: UserPart;
  readonly picking: PickingPart;
  readonly frame: FramePart;
  /** Draws deck.gl's layers (plans, the draft) again from the current state, loading deck.gl on first need. */
  redraw(): void;
  /** Changes the state as the controller's setState does. */
  setState(partial: Partial<ViewState>): void;
  /** Undone by destroy(): listeners outside the element (window), the overlay, the map. */
  readonly cleanups: (() => void)[];
}
