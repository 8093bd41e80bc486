/**
 * Chart.js with only what the reports draw (bar charts with category and linear axes, tooltips and
 * a legend), registered once. Imported dynamically by BarChart, so the library arrives with the
 * first chart and the tables render before it.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
