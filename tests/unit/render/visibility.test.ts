import { describe, expect, it } from 'vitest';
import { setVisible } from '../../../src/render/visibility.ts';

/** The two methods of a MapLibre map that setVisible uses, over a style's layout properties, counting the changes asked for. */
function styleOf(layout: Record<string, { visibility?: string }>) {
  const changes: [string, unknown][] = [];
  return {
    changes,
    getLayoutProperty: (layer: string, name: string) => (layout[layer] as Record<string, unknown> | undefined)?.[name],
    setLayoutProperty(layer: string, name: string, value: unknown) {
      changes.push([layer, value]);
      (layout[layer] ??= {})[name as 'visibility'] = value as string;
      return this;
    },
  };
}

describe('setVisible', () => {
  it('leaves a layer alone when it already shows or hides as asked, including a visibility the style left unset', () => {
    const map = styleOf({ 'pilots-fill': {}, choropleth: { visibility: 'none' }, labels: { visibility: 'visible' } });
    setVisible(map as never, 'pilots-fill', true);
    setVisible(map as never, 'choropleth', false);
    setVisible(map as never, 'labels', true);
    expect(map.changes).toEqual([]);
  });

  it('changes a layer that shows or hides otherwise, once', () => {
    const map = styleOf({ 'pilots-fill': {}, choropleth: { visibility: 'none' } });
    setVisible(map as never, 'pilots-fill', false);
    setVisible(map as never, 'pilots-fill', false);
    setVisible(map as never, 'choropleth', true);
    expect(map.changes).toEqual([
      ['pilots-fill', 'none'],
      ['choropleth', 'visible'],
    ]);
  });
});
