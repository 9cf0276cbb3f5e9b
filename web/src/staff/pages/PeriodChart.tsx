// A bar chart of one figure per period, drawn as SVG with Solid from d3-scale's arithmetic.
// The chart is a picture of the table beside it (which screen readers and keyboards use): it is
// labelled as an image with a summary, and suppressed counts are drawn as a hatched stub.
import { scaleBand, scaleLinear } from "d3-scale";
import { For } from "solid-js";
import type { Count } from "../api";

const WIDTH = 640;
const HEIGHT = 220;
const M = { top: 12, right: 8, bottom: 36, left: 40 };

export default function PeriodChart(props: { title: string; points: { period: string; count: Count }[] }) {
  const value = (c: Count) => (c === "<5" ? 2 : c);
  const x = () => scaleBand<string>().domain(props.points.map((p) => p.period)).range([M.left, WIDTH - M.right]).padding(0.2);
  const y = () => scaleLinear().domain([0, Math.max(5, ...props.points.map((p) => value(p.count)))]).nice().range([HEIGHT - M.bottom, M.top]);
  const every = () => Math.max(1, Math.ceil(props.points.length / 8));
  const summary = () => `${props.title}: ${props.points.map((p) => `${p.period} ${p.count === "<5" ? "fewer than 5" : p.count}`).join(", ")}.`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary()} preserveAspectRatio="xMidYMid meet">
        <For each={y().ticks(4)}>
          {(t) => (
            <g>
              <line x1={M.left} x2={WIDTH - M.right} y1={y()(t)} y2={y()(t)} class="chart__grid" />
              <text x={M.left - 6} y={y()(t)} class="chart__label" text-anchor="end" dominant-baseline="middle">
                {t}
              </text>
            </g>
          )}
        </For>
        <For each={props.points}>
          {(p, i) => (
            <g>
              <rect
                x={x()(p.period) ?? 0}
                width={x().bandwidth()}
                y={y()(value(p.count))}
                height={Math.max(0, y()(0) - y()(value(p.count)))}
                class={p.count === "<5" ? "chart__bar chart__bar--small" : "chart__bar"}
              />
              {i() % every() === 0 ? (
                <text x={(x()(p.period) ?? 0) + x().bandwidth() / 2} y={HEIGHT - M.bottom + 16} class="chart__label" text-anchor="middle">
                  {p.period}
                </text>
              ) : null}
            </g>
          )}
        </For>
      </svg>
      <figcaption>{props.title}. Pale bars are fewer than 5; the table below has every figure.</figcaption>
    </figure>
  );
}
