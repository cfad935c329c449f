import type { ChartData } from '../../../app/components/chart-options';
import type { EconomyTrend, IncomeBandView, SummaryChild } from './api';

// The overview's charts from the server's figures (pure, so tested without a browser).

// The tiers from 空壳 (red) up to 强村 (blue): the eye finds the townships that hold the weak villages.
const BAND_COLORS = ['#a8071a', '#d4380d', '#d48806', '#7cb305', '#389e0d', '#08979c', '#1d39c4'];

const toWan = (fen: number) => Math.round(fen / 10_000) / 100;

/** Stacked bars: one bar per child region, one stacked part per tier (villages). */
export const tierChartData = (
  children: readonly SummaryChild[],
  bands: readonly IncomeBandView[],
): ChartData => ({
  kind: 'bar',
  horizontal: true,
  categories: children.map((c) => c.name),
  series: bands.map((band, i) => ({
    name: band.label,
    stack: 'tiers',
    color: BAND_COLORS[i % BAND_COLORS.length],
    values: children.map((c) => c.year.counts.find((x) => x.code === band.code)?.villages ?? 0),
  })),
});

/** Lines of the yearly income in 万元: the tiers' basis, and total income when the basis is operating. */
export const trendChartData = (
  trend: Pick<EconomyTrend, 'years' | 'basis'>,
  names: { operating: string; total: string },
): ChartData => ({
  kind: 'line',
  categories: trend.years.map((y) => String(y.year)),
  series: [
    ...(trend.basis === 'operating'
      ? [{ name: names.operating, values: trend.years.map((y) => toWan(y.operatingFen)) }]
      : []),
    { name: names.total, values: trend.years.map((y) => toWan(y.totalFen)) },
  ],
});

/** The latest year with any income, else the year before this one. */
export const latestYearWithData = (
  years: readonly { year: number; totalFen: number }[],
  thisYear: number,
): number => [...years].reverse().find((y) => y.totalFen > 0)?.year ?? thisYear - 1;
