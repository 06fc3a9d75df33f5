import type { GeographiesProps } from 'react-simple-maps';

export type WorldGeography = GeographiesProps['geography'];

/**
 * Natural Earth 1:50m country shapes from the world-atlas package, bundled with the app (a
 * separate chunk loaded on first use; no network). 1:50m keeps small countries such as
 * Singapore, which 1:110m drops; the markers show cities whatever the shapes.
 */
export async function loadWorldAtlas(): Promise<WorldGeography> {
  const module = await import('world-atlas/countries-50m.json');
  // A TopoJSON Topology: react-simple-maps converts it itself (its Geographies checks for
  // type "Topology"), though its type declaration lists only GeoJSON objects.
  return module.default as unknown as WorldGeography;
}
