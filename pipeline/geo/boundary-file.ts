import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { dropEmptyArcs } from './drop-empty-arcs.ts';
import { addMergedLayers } from './merge-layers.ts';

/**
 * A boundary file from a simplified, unquantized county topology: quantized to `n` steps across
 * its bbox, collapsed arcs dropped, and the prefecture and province layers merged on its arcs.
 */
export function boundaryFile(simplified: Topology, n: number): Topology {
  return addMergedLayers(dropEmptyArcs(quantize(simplified as Topology<never>, n)));
}
