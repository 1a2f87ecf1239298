import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { SourceDocument } from '../../core/schema/manifest.ts';
import type { Lang } from '../../core/url-state.ts';
import { FONT_STACK } from '../palette.ts';

type Seat = NonNullable<SourceDocument['seat']> & { doc: string };

/** Seats of the governments whose plans the corpus holds, as deck.gl layers (marker + name). */
export function documentSeatLayers(documents: SourceDocument[], lang: Lang) {
  const seats: Seat[] = documents.flatMap((d) => (d.seat ? [{ ...d.seat, doc: d.id }] : []));
  return [
    new ScatterplotLayer<Seat>({
      id: 'document-seats',
      data: seats,
      getPosition: (d) => d.at,
      getRadius: 6,
      radiusUnits: 'pixels',
      getFillColor: [196, 48, 43, 235],
      getLineColor: [255, 255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      stroked: true,
      pickable: true,
    }),
    new TextLayer<Seat>({
      id: 'document-seat-labels',
      data: seats,
      getPosition: (d) => d.at,
      getText: (d) => (lang === 'zh' ? d.name : d.nameEn),
      getSize: 13,
      getColor: [60, 52, 44, 255],
      getPixelOffset: [9, 0],
      getTextAnchor: 'start',
      getAlignmentBaseline: 'center',
      fontFamily: FONT_STACK.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', '),
      characterSet: 'auto',
      // A text halo: SDF glyphs with an outline in the land colour.
      fontSettings: { sdf: true, fontSize: 64, buffer: 6, radius: 12 },
      outlineWidth: 2,
      outlineColor: [246, 244, 239, 230],
    }),
  ];
}
