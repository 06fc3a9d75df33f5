import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposableMap, Geographies, Geography, Marker } from 'react-simple-maps';
import type { ResidencyFindingItem } from '../../../../shared/ipc/schemas/residency';
import { cityMarkers } from './residency-format';
import { loadWorldAtlas, type WorldGeography } from './world-atlas';

const triangle = 'M0,-8 L7.5,5 L-7.5,5 Z';

/** The country shapes never change: memoised so a filter change redraws only the markers. */
const Countries = memo(function Countries({ atlas }: { readonly atlas: WorldGeography }) {
  return (
    <Geographies geography={atlas} className="map-countries">
      {({ geographies }) =>
        geographies.map((geo) => (
          // The map is one image for assistive technology: no country is a tab stop.
          <Geography
            key={geo.rsmKey}
            geography={geo}
            className="map-country"
            tabIndex={undefined}
          />
        ))
      }
    </Geographies>
  );
});

export function InsideIcon() {
  return (
    <svg className="legend-icon" viewBox="-8 -8 16 16" aria-hidden="true">
      <circle r="5" className="marker-inside-shape" />
    </svg>
  );
}

export function OutsideIcon() {
  return (
    <svg className="legend-icon" viewBox="-9 -9 18 16" aria-hidden="true">
      <path d={triangle} className="marker-outside-shape" />
    </svg>
  );
}

export function ResidencyMap({ findings }: { readonly findings: readonly ResidencyFindingItem[] }) {
  const { t } = useTranslation('residency');
  const [atlas, setAtlas] = useState<WorldGeography | null>(null);
  useEffect(() => {
    let live = true;
    void loadWorldAtlas().then((loaded) => {
      if (live) setAtlas(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  const markers = cityMarkers(findings);
  return (
    <figure className="residency-map">
      <ComposableMap
        projection="geoEqualEarth"
        width={900}
        height={440}
        projectionConfig={{ scale: 170 }}
        role="img"
        aria-label={t('map.label')}
        aria-describedby="residency-map-caption"
        data-countries={atlas === null ? 'loading' : 'drawn'}
      >
        {atlas === null ? null : <Countries atlas={atlas} />}
        {markers.map((m) => {
          const flagged = m.flagged > 0;
          return (
            <Marker
              key={m.key}
              coordinates={[m.lon, m.lat]}
              className={flagged ? 'map-marker map-marker-outside' : 'map-marker map-marker-inside'}
              data-city={m.name}
              data-flagged={flagged ? 'true' : 'false'}
            >
              <title>
                {t('map.marker', { city: m.name, count: m.locations, flagged: m.flagged })}
              </title>
              {flagged ? (
                <>
                  <path d={triangle} className="marker-outside-shape" />
                  <text className="marker-label" x={10} y={4}>
                    {m.name}
                  </text>
                </>
              ) : (
                <circle r={4.5} className="marker-inside-shape" />
              )}
            </Marker>
          );
        })}
      </ComposableMap>
      <figcaption id="residency-map-caption">
        <p>{t('map.caption')}</p>
        <ul className="map-legend">
          <li>
            <InsideIcon /> {t('map.inside')}
          </li>
          <li>
            <OutsideIcon /> {t('map.outside')}
          </li>
        </ul>
        {atlas === null ? <p className="muted">{t('map.loadingCountries')}</p> : null}
      </figcaption>
    </figure>
  );
}
