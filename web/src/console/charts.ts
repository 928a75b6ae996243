// ECharts, only the parts the dashboards draw (line charts and the grid map), registered once.
// Imported by dashboard chunks alone, so neither the phone pages nor the console's other pages
// load it. The map is drawn from the areas' own GeoJSON polygons: no tiles, nothing fetched.
import * as echarts from 'echarts/core'
import { LineChart, MapChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  AriaComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { AreaRow } from './api'

echarts.use([
  LineChart,
  MapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  AriaComponent,
  CanvasRenderer,
])

export { echarts }

/** A FeatureCollection of the areas that carry geometry; each feature is named by area id. */
export function featureCollection(areas: AreaRow[]) {
  return {
    type: 'FeatureCollection' as const,
    features: areas
      .filter((a) => a.geometry)
      .map((a) => ({
        type: 'Feature' as const,
        id: String(a.id),
        properties: { name: String(a.id), label: a.name },
        geometry: a.geometry,
      })),
  }
}
